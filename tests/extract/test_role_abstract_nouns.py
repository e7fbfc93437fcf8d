"""A word with a person's ending that names no person ("recess", "tieless") is no part of a
role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_break_before_a_title_is_not_part_of_it(nlp: Language) -> None:
    """ "After the recess Foreign Minister Ann Vell said": "-ess" makes no "recess" person."""
    text = "After the recess Foreign Minister Ann Vell said the talks would resume."
    assert roles_in(nlp, text)["Ann Vell"] == "Foreign Minister"


def test_an_adjective_in_less_between_dashes_is_no_role(nlp: Language) -> None:
    """ "Mr Vell - tieless and calm -": "-less" makes no "tieless" person, so no role."""
    text = "Tom Vell spoke in Tarland.\n\nMr Vell - tieless and calm - took questions."
    assert roles_in(nlp, text)["Tom Vell"] is None
