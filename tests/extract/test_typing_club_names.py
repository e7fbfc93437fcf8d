"""A sports club's name ends in a word no surname is: the club is a body, not a person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import ORG, PERSON
from tests.extract.conftest import person_labelled_kinds


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("Kestrel Rovers beat Tarnley 2-0 on Saturday to go top.", ["Kestrel Rovers"]),
        (
            "Holmford Wanderers drew with Brackwell Athletic in front of 9,000 fans.",
            ["Holmford Wanderers", "Brackwell Athletic"],
        ),
    ],
)
def test_a_club_ending_makes_a_body_of_a_person_label(
    nlp: Language, text: str, clubs: list[str]
) -> None:
    """ "Kestrel Rovers beat Tarnley": "Rovers" ends a club's name, so no person is named."""
    kinds = person_labelled_kinds(nlp, text, clubs)
    assert [kinds.get(club) for club in clubs] == [ORG] * len(clubs)


def test_a_given_name_before_a_club_word_stays_a_person(nlp: Language) -> None:
    """ "Tom Rangers said he": a given name first makes the last word a surname."""
    text = "Tom Rangers said he would retire at the end of the season."
    assert person_labelled_kinds(nlp, text, ["Tom Rangers"]).get("Tom Rangers") == PERSON
