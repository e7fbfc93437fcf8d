"""A region of directions alone ("the South East") of the place the text says it is a part of."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_place_codes

_TEXT = "House prices rose fastest in the South East of England last year, the survey found."


def test_a_direction_and_its_country_read_as_one_name_is_of_that_country(nlp: Language) -> None:
    """ "the South East of England" read whole: a British region though nothing else is."""
    codes = labelled_place_codes(nlp, _TEXT, [("South East of England", "LOC")])
    assert codes.get("South East of England") == "GB"


def test_a_direction_read_apart_from_its_country_is_of_that_country(nlp: Language) -> None:
    """ "the South East" read apart from "England": the region is of England's country."""
    codes = labelled_place_codes(nlp, _TEXT, [("South East", "LOC"), ("England", "GPE")])
    assert codes.get("South East") == "GB"


def test_a_direction_alone_in_a_story_of_no_country_stays_of_none(nlp: Language) -> None:
    """ "in the South East" with no place after it: nothing says whose it is."""
    text = "House prices rose fastest in the South East last year, the survey found."
    codes = labelled_place_codes(nlp, text, [("South East", "LOC")])
    assert codes.get("South East", "absent") is None
