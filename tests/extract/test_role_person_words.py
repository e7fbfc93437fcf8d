"""Titles and nouns for people: plural titles shared by names, trades the tagger misreads."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.role_nouns import person_noun
from tests.extract.test_roles import roles_in


def test_plural_abbreviated_title_is_each_names(nlp: Language) -> None:
    """ "Sens." before two names makes each a senator; "Sen." only the first."""
    both = roles_in(nlp, "Sens. Ann Vell and Tom Ames voted against the bill on Tuesday.")
    assert both == {"Ann Vell": "Senator", "Tom Ames": "Senator"}
    one = roles_in(nlp, "Sen. Ann Vell and Tom Ames voted against the bill on Tuesday.")
    assert one["Ann Vell"] == "Senator"
    assert one["Tom Ames"] is None


def test_plural_trade_read_as_a_name_is_shared(nlp: Language) -> None:
    """A plural lower-case trade the tagger read as a proper noun is still each name's title."""
    roles = roles_in(nlp, "The show starred jockeys Ann Vell and Tom Ames.")
    assert roles == {"Ann Vell": "jockey", "Tom Ames": "jockey"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club's transfer supremo Tom Ames signed two wingers.", "club's transfer supremo"),
        ("Tarn Rovers sent mechanic Tom Ames to the race.", "mechanic"),
    ],
)
def test_trades_without_a_persons_ending(nlp: Language, text: str, expected: str) -> None:
    """Posts and trades with no ending that gives a person away are read from the list."""
    assert roles_in(nlp, text)["Tom Ames"] == expected


def test_a_newspaper_describes_no_one(nlp: Language) -> None:
    """ "The newspaper said" after a name is no description of that person."""
    text = "Mr Ames wants fewer ferries. The newspaper said his plan was cruel and unfair."
    assert roles_in(nlp, text)["Ames"] is None


@pytest.mark.parametrize(
    ("noun", "person"),
    [
        ("newspaper", False),
        ("fairness", False),
        ("payment", False),
        ("actress", True),
        ("governess", True),
    ],
)
def test_endings_of_abstract_nouns(noun: str, person: bool) -> None:
    """ "-ness" and "-ment" nouns are no people, though "-ess" and "-ent" ones may be."""
    # A person noun listed with such an ending still is one.
    assert person_noun(noun) is person
