"""A ship's name after the noun for its kind is no place, whatever the tables know it as."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import entity_kinds, labelled


def _names(nlp: Language, text: str, labels: list[tuple[str, str]]) -> set[str]:
    return {e.name for e in extract_entities(labelled(nlp, text, labels))}


def test_a_battleship_named_for_a_state_is_no_place(nlp: Language) -> None:
    """ "the battleship Nebraska": a ship, not the American state the tables hold."""
    text = "The navy said the battleship Nebraska would patrol outside the strait next week."
    assert "Nebraska" not in _names(nlp, text, [("Nebraska", "GPE")])


def test_a_ship_named_after_the_and_its_noun_is_no_place(nlp: Language) -> None:
    """ "the freighter the Montana": "the" between the noun and the name changes nothing."""
    text = "Tugs towed the freighter the Montana toward Fujairah on Sunday."
    assert "Montana" not in entity_kinds(nlp, text)


def test_a_flotilla_listed_after_the_plural_is_no_body(nlp: Language) -> None:
    """ "the destroyers Vantage, Pellam and Orrin": every ship of the list, the last too."""
    text = "The destroyers Vantage, Pellam and Orrin fired on the platform at dawn."
    labels = [("Vantage", "ORG"), ("Pellam", "ORG"), ("Orrin", "ORG")]
    assert not {"Vantage", "Pellam", "Orrin"} & _names(nlp, text, labels)


def test_the_subject_of_a_clause_after_the_ship_stays(nlp: Language) -> None:
    """ "the ship the Harbour Board seized": the body is who seized it, no ship's name."""
    text = "The ship the Harbour Board seized last week was carrying fuel, officials said."
    assert "Harbour Board" in _names(nlp, text, [("Harbour Board", "ORG")])


def test_a_place_after_an_airline_carrier_stays(nlp: Language) -> None:
    """ "the national carrier" is an airline's noun: "Kelby" after it is not a ship."""
    text = "Flights by the carrier to Nebraska and Ohio resume on Monday, the airline said."
    assert "Nebraska" in _names(nlp, text, [("Nebraska", "GPE"), ("Ohio", "GPE")])
