""" "Part of X's ..." is partitive: X is no part someone plays."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds, person_votes


def test_part_of_a_possessive_name_is_no_role(nlp: Language) -> None:
    """ "Part of Ian Dunmore's penalty": no vote that the name is a work's part."""
    text = "Part of Ian Dunmore\u2019s penalty is a month of unpaid work at a Leeds charity."
    assert person_votes(nlp, text, 2, 4).get("work", 0.0) == 0.0


def test_the_role_of_a_name_is_still_a_part(nlp: Language) -> None:
    """ "She won the role of Dotty Penrose": the name is the part she plays."""
    kinds = entity_kinds(nlp, "Ann Vell won the role of Dotty Penrose in the new play.")
    assert kinds.get("Dotty Penrose") != "person"
