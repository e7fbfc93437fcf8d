"""A name set off after a person's trade that a personal pronoun owns: that person's name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities


def kinds(nlp: Language, text: str) -> dict[str, str]:
    """{name: kind} of the entities extracted from a text."""
    return {e.name: e.kind for e in extract_entities(nlp(text))}


def test_our_guide_set_off_is_a_person(nlp: Language) -> None:
    """ "Our guide, Fenella, led us down": Fenella is the guide, a person."""
    text = (
        "Rescuers found the walkers on the ridge late on Sunday. Our guide, Fenella, led us "
        "down the hill in the dark."
    )
    assert kinds(nlp, text).get("Fenella") == PERSON


def test_my_driver_set_off_is_a_person(nlp: Language) -> None:
    """ "My driver, Oskar, said": Oskar is kept as a person."""
    text = "Drivers walked out in Kelby on Monday. My driver, Oskar, said the fares were too low."
    assert kinds(nlp, text).get("Oskar") == PERSON


def test_a_vessel_set_off_is_no_person(nlp: Language) -> None:
    """ "the tanker, Fenella," and "their vessel, Marisol,": ships, no one's names."""
    text = "The crew abandoned the tanker, Fenella, off Kelby. Their vessel, Marisol, was towed in."
    found = kinds(nlp, text)
    assert found.get("Fenella") != PERSON
    assert found.get("Marisol") != PERSON
