"""A town's name that plays a match in a sports report is its club's, not the town."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.mentions import ORG, PLACE
from tests.extract.conftest import labelled_kinds, person_votes

#: (text, the model's labels, the town's name): a town that plays a match.
_CLUBS = [
    pytest.param(
        "Jo Venn struck twice for Kelby Rovers as Grimsby were thrashed 4-0 on Saturday.",
        [("Jo Venn", "PERSON"), ("Kelby Rovers", "ORG"), ("Grimsby", "GPE")],
        "Grimsby",
        id="beaten-by-a-score",
    ),
    pytest.param(
        "Tarnby Athletic held Hartlepool to a 1-1 draw thanks to a late header.",
        [("Tarnby Athletic", "ORG"), ("Hartlepool", "GPE")],
        "Hartlepool",
        id="held-to-a-draw",
    ),
    pytest.param(
        "Kelby won 2-0. The defender Ola Brisk could return to the side against Rotherham.",
        [("Kelby", "ORG"), ("Ola Brisk", "PERSON"), ("Rotherham", "GPE")],
        "Rotherham",
        id="played-against",
    ),
    pytest.param(
        "Meanwhile, Stockport lost their unbeaten record after a poor second half.",
        [("Stockport", "GPE")],
        "Stockport",
        id="lost-their-record",
    ),
    pytest.param(
        "Only three sides - Grimsby, Tarnby Athletic and Kelby Rovers - won on Tuesday.",
        [("Grimsby", "GPE"), ("Tarnby Athletic", "ORG"), ("Kelby Rovers", "ORG")],
        "Grimsby",
        id="listed-as-sides",
    ),
]

#: (text, the model's labels, the name): a town or a person, no club.
_NO_CLUBS = [
    pytest.param(
        "Stockport has more voters aged 18-24 than any other town in the county.",
        [("Stockport", "GPE")],
        "Stockport",
        id="an-age-band-is-no-score",
    ),
    pytest.param(
        "Lawmakers backed new sanctions against Volgograd after the vote.",
        [("Volgograd", "GPE")],
        "Volgograd",
        id="sanctions-against-a-city-in-no-match-report",
    ),
    pytest.param(
        "Peru beat Chile 2-0 in Lima. Peru coach Ivo Sarrat was pleased. Peru next play"
        " Bolivia, who drew 1-1 with Ecuador. Peru won 3-1 in March.",
        [("Peru", "GPE"), ("Chile", "GPE"), ("Lima", "GPE"), ("Peru", "GPE"), ("Peru", "GPE")],
        "Peru",
        id="a-nation-is-its-side",
    ),
    pytest.param(
        "Ann Preston took her seat early. Preston watched the 2-1 win from the stand.",
        [("Ann Preston", "PERSON"), ("Preston", "GPE")],
        "Preston",
        id="a-surname-is-no-club",
    ),
]


@pytest.mark.parametrize(("text", "labels", "name"), _CLUBS)
def test_a_town_that_plays_a_match_is_a_club(
    nlp: Language, text: str, labels: list[tuple[str, str]], name: str
) -> None:
    """A town beaten, drawn, played against, losing "their" record or listed as a side is a club."""
    assert labelled_kinds(nlp, text, labels).get(name) == ORG


@pytest.mark.parametrize(("text", "labels", "name"), _NO_CLUBS)
def test_a_town_or_a_surname_beside_numbers_is_no_club(
    nlp: Language, text: str, labels: list[tuple[str, str]], name: str
) -> None:
    """An age band, "against" outside a match report, a nation's side or a surname is no club."""
    # An age band is no score, "against" a city in no match report is no fixture, a nation's side is
    # the nation, and a surname the text gives a person is no town's club.
    assert labelled_kinds(nlp, text, labels).get(name) != ORG


def test_a_club_named_after_a_county_is_no_county_after_a_comma(nlp: Language) -> None:
    """ "Grimsby, Bristol City and Kelby": "Bristol" opens a club's name, no town's county."""
    text = "Wins for Grimsby, Bristol City and Kelby Rovers lifted them clear."
    assert person_votes(nlp, text, 2, 3).get(PLACE, 0.0) == 0.0
