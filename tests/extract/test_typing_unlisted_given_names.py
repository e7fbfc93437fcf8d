"""Full names read as bodies whose given name no table knows: the text shows the person."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_he_opening_the_next_sentence_makes_the_name_a_person(nlp: Language) -> None:
    """ "Oswin Tarrack's audit ... He said": only a person is taken up by "He"."""
    text = (
        "The council has delayed the release of Oswin Tarrack's audit of the harbour. "
        "He said the accounts were in a poor state."
    )
    kinds = labelled_kinds(nlp, text, [("Oswin Tarrack", "ORG")])
    assert kinds.get("Oswin Tarrack") == "person"
