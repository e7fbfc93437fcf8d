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
