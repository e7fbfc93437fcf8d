"""A word with a person's ending that names no person ("recess") is no part of a title."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_break_before_a_title_is_not_part_of_it(nlp: Language) -> None:
    """ "After the recess Foreign Minister Ann Vell said": "-ess" makes no "recess" person."""
    text = "After the recess Foreign Minister Ann Vell said the talks would resume."
    assert roles_in(nlp, text)["Ann Vell"] == "Foreign Minister"
