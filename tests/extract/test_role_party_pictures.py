"""A letter alone in brackets after a name is a caption's place in the picture, not a party,
beside another place's letter or after a title held outside the US."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_foreign_leader_placed_right_is_no_republican(nlp: Language) -> None:
    """ "Chinese President Lo Wen (R)": a Chinese office holds no US party's letter."""
    found = roles_in(
        nlp, "Russian Prime Minister Pavel Orlov met Chinese President Lo Wenbo (R) on Friday."
    )
    assert found["Lo Wenbo"] == "Chinese President"


def test_a_letter_beside_another_place_is_a_place(nlp: Language) -> None:
    """ "Ada Pike (L) and Governor Ron Tully (R)": the left beside it makes "R" the right."""
    found = roles_in(
        nlp, "Singer Ada Pike (L) and Governor Ron Tully (R) cut the ribbon on Friday."
    )
    assert found["Ron Tully"] == "Governor"


def test_a_us_governor_keeps_the_party(nlp: Language) -> None:
    """ "Gov. Ron Tully (R) signed": a party's letter with no place beside it."""
    found = roles_in(nlp, "Gov. Ron Tully (R) signed the bill on Friday.")
    assert found["Ron Tully"] == "Republican Governor"
