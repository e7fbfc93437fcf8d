"""A name set off after a noun of a recording is the recording's title, not a person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import person_labelled_kinds


def test_a_name_set_off_after_record_is_no_person(nlp: Language) -> None:
    """ "their third record, Paper Lanterns.": the name renames the record."""
    text = "The Grey Finches went to number one with their third record, Paper Lanterns."
    assert "Paper Lanterns" not in person_labelled_kinds(nlp, text, ["Paper Lanterns"])


def test_a_name_set_off_after_an_ep_is_no_person(nlp: Language) -> None:
    """ "Its latest release, Glass Tide, sold well": a release is a record."""
    text = "Its latest release, Glass Tide, sold 40,000 copies in a week."
    assert "Glass Tide" not in person_labelled_kinds(nlp, text, ["Glass Tide"])


def test_a_person_after_a_release_from_prison_stays_a_person(nlp: Language) -> None:
    """ "After his release, Tom Ames moved": a clause goes on, so the name is its subject."""
    text = "After his release, Tom Ames moved to a flat near the harbour."
    assert person_labelled_kinds(nlp, text, ["Tom Ames"]).get("Tom Ames") == PERSON


def test_a_name_a_chart_place_is_reached_with_is_no_person(nlp: Language) -> None:
    """ "stayed at number one with Velvet Quarrel": an act reaches a chart place with a record."""
    text = "Ossie Fray stayed at number one with Velvet Quarrel for a fourth week running."
    kinds = person_labelled_kinds(nlp, text, ["Ossie Fray", "Velvet Quarrel"])
    assert kinds.get("Velvet Quarrel") != PERSON
    assert kinds.get("Ossie Fray") == PERSON


def test_a_partner_or_a_scorer_a_place_is_reached_with_stays_a_person(nlp: Language) -> None:
    """ "with rapper Cal Renny", "with Ida Pell scoring": a duet's partner, a match's scorer."""
    text = (
        "Ossie Fray topped the charts with rapper Cal Renny. Bexley Town stayed at number one "
        "in the table with Ida Pell scoring twice."
    )
    kinds = person_labelled_kinds(nlp, text, ["Ossie Fray", "Cal Renny", "Ida Pell"])
    assert kinds.get("Cal Renny") == PERSON
    assert kinds.get("Ida Pell") == PERSON
