"""Entity typing of people of a story whom no one plays: a game's heroine, a fictional detective."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds, person_labelled_kinds


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


def test_a_name_set_off_after_the_character_is_no_person(nlp: Language) -> None:
    """ "The character, Dunmore Pike, has been in the soap since 1990": a part, no person."""
    text = "The character, Dunmore Pike, has been in the soap since 1990, said actor Tom Vell."
    kinds = person_labelled_kinds(nlp, text, ["Dunmore Pike", "Tom Vell"])
    assert kinds.get("Dunmore Pike") != "person"
    assert kinds.get("Tom Vell") == "person"


def test_a_real_character_set_off_stays_a_person(nlp: Language) -> None:
    """ "He is a real character, Bram Ollo, said his neighbour": a person's nature."""
    text = "He is a real character, Bram Ollo, said his neighbour after the film."
    assert person_labelled_kinds(nlp, text, ["Bram Ollo"]).get("Bram Ollo") == "person"


def test_the_author_of_a_characters_novel_stays_a_person(nlp: Language) -> None:
    """ "The character, Quellan Dray, in Tam Roke' novel": the possessive is the work's author."""
    text = "The character, Quellan Dray, in Tam Roke' novel Grey Harbour, is a miser."
    kinds = person_labelled_kinds(nlp, text, ["Quellan Dray", "Tam Roke"])
    assert kinds.get("Quellan Dray") != "person"
    assert kinds.get("Tam Roke") == "person"


def test_the_main_character_set_off_is_no_person(nlp: Language) -> None:
    """ "The main character, Jessa Morrow, is a nurse": the part's place in its story."""
    text = "The main character, Jessa Morrow, is a nurse in a field hospital, said critic Ivo Lund."
    kinds = person_labelled_kinds(nlp, text, ["Jessa Morrow", "Ivo Lund"])
    assert kinds.get("Jessa Morrow") != "person"
    assert kinds.get("Ivo Lund") == "person"


def test_a_colourful_character_set_off_stays_a_person(nlp: Language) -> None:
    """ "the colourful character, Bram Ollo,": a word of a person's nature, not of a part."""
    text = "The colourful character, Bram Ollo, ran the village shop for forty years."
    assert person_labelled_kinds(nlp, text, ["Bram Ollo"]).get("Bram Ollo") == "person"


def test_a_name_that_has_become_one_of_the_characters_is_no_person(nlp: Language) -> None:
    """ "Sergeant Orvik has become one of the best-known characters in gaming": a part."""
    text = (
        "Gamers lined up for the third Duskhold game. Sergeant Orvik has become one of the "
        "best-known characters in gaming, said designer Petra Lunde."
    )
    kinds = person_labelled_kinds(nlp, text, ["Orvik", "Petra Lunde"])
    assert kinds.get("Orvik") != "person"
    assert kinds.get("Petra Lunde") == "person"


def test_the_best_loved_character_in_a_novel_set_off_is_no_person(nlp: Language) -> None:
    """ "The best-loved character in the novel, Hobb Ferrow," a part: the work it is in."""
    text = (
        "The best-loved character in the novel, Hobb Ferrow, runs a ferry across the lake, "
        "said publisher Ida Kesk."
    )
    kinds = person_labelled_kinds(nlp, text, ["Hobb Ferrow", "Ida Kesk"])
    assert kinds.get("Hobb Ferrow") != "person"
    assert kinds.get("Ida Kesk") == "person"


def test_a_colourful_character_in_the_chamber_stays_a_person(nlp: Language) -> None:
    """ "The most colourful character in the chamber, Bram Ollo,": a person's nature."""
    text = "The most colourful character in the chamber, Bram Ollo, spoke for an hour."
    assert person_labelled_kinds(nlp, text, ["Bram Ollo"]).get("Bram Ollo") == "person"
