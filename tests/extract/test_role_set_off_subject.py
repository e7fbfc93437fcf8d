"""A phrase set off by commas between a name and its verb is the person's role, however
the parse hung it."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_phrase_between_subject_and_verb(nlp: Language) -> None:
    """ "Dr Ann Keel, GP and regional head of school nursing, said": the phrase says who she is."""
    # The parser reads "GP" as a second subject.
    text = "Dr Ann Keel, GP and regional head of school nursing, said the jabs work."
    assert roles_in(nlp, text)["Ann Keel"] == "GP and regional head of school nursing"
