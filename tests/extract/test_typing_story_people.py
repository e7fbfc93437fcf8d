"""Entity typing of people of a story whom no one plays: a game's heroine, a fictional detective."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_person_of_a_story_is_no_person(nlp: Language) -> None:
    """Characters ("video game heroine Lana Vell", "the fictional detective ...") are no people."""
    # "video game heroine Lana Vell", "the fictional detective Harry Dunn" and a name said to be
    # among "the best-loved characters".
    kinds = entity_kinds(
        nlp,
        "Novelist Clara Moss has won the prize for her novel about a housemaid, Ellen Kite. "
        "Judges said Ellen Kite was one of the best-loved characters of modern fiction. Video "
        "game heroine Lana Vell gets a film, and the fictional detective Harry Dunn returns.",
    )
    assert kinds.get("Ellen Kite") != "person"
    assert kinds.get("Lana Vell") != "person"
    assert kinds.get("Harry Dunn") != "person"
    assert kinds.get("Clara Moss") == "person"


def test_heroes_of_real_events_stay_people(nlp: Language) -> None:
    """ "war hero Jo Ames", "heroes of the rescue" and "soap villain Kim Lee" stay people."""
    # They may be real people or actors.
    kinds = entity_kinds(
        nlp,
        "War hero Jo Ames received a medal. Local hero Tom Hale was one of the heroes of the "
        "flood rescue. Film star Ann Vell and soap villain Kim Lee attended.",
    )
    for name in ("Jo Ames", "Tom Hale", "Ann Vell", "Kim Lee"):
        assert kinds.get(name) == "person"
