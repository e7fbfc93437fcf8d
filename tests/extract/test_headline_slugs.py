"""A wire headline's slug before a hyphen is no word of the first name: "Cricket-Kelby";
a kind of story ("UPDATE 2-") is no word of the title."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract
from generator.extract.headline_slugs import without_story_kind
from generator.seeds import Seed
from tests.extract.conftest import entity_kinds


def test_a_sports_slug_is_cut_from_the_first_name(nlp: Language) -> None:
    """ "Cricket-Kelby Rovers beat Tarvik": the team is Kelby Rovers, not "Cricket-Kelby"."""
    kinds = entity_kinds(nlp, "Cricket-Kelby Rovers beat Tarvik by six wickets\n\nPlay ended.")
    assert "Kelby Rovers" in kinds
    assert not any(name.startswith("Cricket") for name in kinds)


def test_a_hyphened_name_opening_a_headline_is_kept(nlp: Language) -> None:
    """ "Marlow-Selby Holdings wins order": no slug word before the hyphen."""
    kinds = entity_kinds(nlp, "Marlow-Selby Holdings wins an engine order\n\nShares rose.")
    assert not any(name.startswith("Selby") for name in kinds)


def test_story_kinds_leave_the_title_and_a_sport_stays() -> None:
    """ "RPT-UPDATE 2-" is the wire's furniture and leaves the title; "Cricket-" stays."""
    assert without_story_kind("RPT-UPDATE 2-Tarvik Mining cuts jobs") == "Tarvik Mining cuts jobs"
    assert without_story_kind("EXCLUSIVE-Kelby weighs bid") == "Kelby weighs bid"
    assert without_story_kind("Cricket-Kelby beat Tarvik") == "Cricket-Kelby beat Tarvik"
    assert without_story_kind("Update on the X-ray trial") == "Update on the X-ray trial"


def test_a_wire_headlines_version_is_not_in_the_record_title() -> None:
    """A seed headlined "UPDATE 1-Tarvik Mining cuts 400 jobs" gets the title without it."""
    seed = Seed(
        "wire.txt", "0" * 64, "UPDATE 1-Tarvik Mining cuts 400 jobs", ("Tarvik Mining cut jobs.",)
    )
    assert extract([seed])[0]["title"] == "Tarvik Mining cuts 400 jobs"
