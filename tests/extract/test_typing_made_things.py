"""A person-shaped name that a maker made, built or designed is a thing, not a person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def _names(nlp: Language, text: str, labels: list[tuple[str, str]]) -> set[str]:
    return {e.name for e in extract_entities(labelled(nlp, text, labels))}


def test_a_name_set_off_beside_goods_made_by_a_firm_is_no_person(nlp: Language) -> None:
    """ "Wilbur, the smart speaker made by Tandem,": the speaker; its designer is a person."""
    text = (
        "Wilbur, the smart speaker made by Tandem, will no longer get updates. "
        "Jory Tallis, the engineer who designed it, has left the firm."
    )
    labels = [("Wilbur", "PERSON"), ("Tandem", "ORG"), ("Jory Tallis", "PERSON")]
    names = _names(nlp, text, labels)
    assert "Wilbur" not in names
    assert {"Tandem", "Jory Tallis"} <= names


def test_a_name_set_off_before_created_by_is_no_person(nlp: Language) -> None:
    """ "Orlaith, created by Brightmind,": a program; one "made captain by" stays a person."""
    text = (
        "Orlaith, created by Brightmind, has 50 million users across Europe. "
        "Dara Quell was made captain by the club after only two seasons."
    )
    labels = [("Orlaith", "PERSON"), ("Brightmind", "ORG"), ("Dara Quell", "PERSON")]
    names = _names(nlp, text, labels)
    assert "Orlaith" not in names
    assert "Dara Quell" in names


def test_a_name_before_a_made_game_the_parse_did_not_appose_is_no_person(nlp: Language) -> None:
    """ "levels in Cairn Rush, the hit game made by Strix": "game" read as a verb's object."""
    text = "Gamers have used the tool to design levels in Cairn Rush, the hit game made by Strix."
    names = _names(nlp, text, [("Cairn Rush", "PERSON"), ("Strix", "ORG")])
    assert "Cairn Rush" not in names
