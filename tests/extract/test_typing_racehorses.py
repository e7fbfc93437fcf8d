"""Racehorses written as people: ridden or saddled, rode, the favourite, a race's winner."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON, PLACE, extract_entities
from tests.extract.conftest import labelled, person_labelled_kinds


def test_a_name_ridden_by_a_jockey_is_no_person(nlp: Language) -> None:
    """ "Tarn Beacon, ridden by Ivo Pellow, won": a rider's agent makes the name a horse's."""
    text = "Tarn Beacon, ridden by Ivo Pellow, won by two lengths at Kelby on Friday."
    kinds = person_labelled_kinds(nlp, text, ["Tarn Beacon", "Ivo Pellow"])
    assert kinds.get("Tarn Beacon") != PERSON
    assert kinds.get("Ivo Pellow") == PERSON


def test_a_participle_after_an_apposition_counts(nlp: Language) -> None:
    """ "Moss Lantern, the six-year-old trained by A and ridden by B,": the ride is the horse's."""
    text = (
        "Moss Lantern, the six-year-old trained by Una Brisk and ridden by Ned Fenner, "
        "is running on Saturday."
    )
    kinds = person_labelled_kinds(nlp, text, ["Moss Lantern", "Una Brisk", "Ned Fenner"])
    assert kinds.get("Moss Lantern") != PERSON
    assert kinds.get("Una Brisk") == PERSON


def test_the_favourite_in_a_racing_story_is_a_horse(nlp: Language) -> None:
    """ "Velvet Quarry, the 9-2 favourite," where a jockey rides is a runner, not a person."""
    text = (
        "The jockey Ned Fenner has been booked for Saturday. "
        "Velvet Quarry, the 9-2 favourite, has been heavily backed."
    )
    kinds = person_labelled_kinds(nlp, text, ["Ned Fenner", "Velvet Quarry"])
    assert kinds.get("Velvet Quarry") != PERSON
    assert kinds.get("Ned Fenner") == PERSON


def test_the_favourite_for_a_prize_stays_a_person(nlp: Language) -> None:
    """ "Jo Tallent is the 5-1 favourite" outside racing: people are priced for prizes too."""
    text = "The novelist Jo Tallent is the 5-1 favourite to win the prize, bookmakers said."
    assert person_labelled_kinds(nlp, text, ["Jo Tallent"]).get("Jo Tallent") == PERSON


def test_a_race_before_winner_is_no_place(nlp: Language) -> None:
    """ "the Harrowby Chase winner": a race's name the model calls a site is not a place."""
    text = (
        "Glen Ashby, the two-time Harrowby Chase winner, was ridden by Ned Fenner "
        "on Saturday. Crowds packed the Harrowby Chase."
    )
    doc = labelled(
        nlp, text, [("Harrowby Chase", "FAC"), ("Ned Fenner", "PERSON"), ("Harrowby Chase", "FAC")]
    )
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Harrowby Chase") != PLACE
    assert kinds.get("Ned Fenner") == PERSON


@pytest.mark.parametrize(
    "text",
    [
        "The jockey Ned Fenner rode well. Outsider Amber Lantern could spring a surprise.",
        "The jockey Ned Fenner rode well, and favourite Amber Lantern is expected to win.",
        "The jockey Ned Fenner was booked. The 7-2 favourite, Amber Lantern, was backed.",
    ],
)
def test_the_favourite_before_the_name_is_a_horse(nlp: Language, text: str) -> None:
    """ "favourite A", "Outsider A", "the 7-2 favourite, A," where jockeys ride: a runner."""
    kinds = person_labelled_kinds(nlp, text, ["Ned Fenner", "Amber Lantern"])
    assert kinds.get("Amber Lantern") != PERSON
    assert kinds.get("Ned Fenner") == PERSON
