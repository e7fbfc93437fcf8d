"""Names after "between" and a word of travel or distance read as places."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def _kinds(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    return {e.name: e.kind for e in extract_entities(labelled(nlp, text, labels))}


def test_a_port_read_as_a_body_on_a_ferry_route_is_a_place(nlp: Language) -> None:
    """'sailings between Lyon and Tarnholm', the city read as a body: a place."""
    text = "The firm has stopped its night sailings between Lyon and Tarnholm for the winter."
    kinds = _kinds(nlp, text, [("Lyon", "ORG"), ("Tarnholm", "ORG")])
    assert kinds.get("Lyon") == "place"


def test_the_second_end_of_a_rail_service_is_a_place(nlp: Language) -> None:
    """'trains between Tarnholm and Lyon', the city after 'and' read as a body: a place."""
    text = "New trains between Tarnholm and Lyon will start running in the spring."
    kinds = _kinds(nlp, text, [("Tarnholm", "GPE"), ("Lyon", "ORG")])
    assert kinds.get("Lyon") == "place"


def test_talks_between_two_bodies_are_not_a_route(nlp: Language) -> None:
    """'talks between Lyon and Tarnco': no word of travel, so the body stays a body."""
    text = "Talks between Lyon and Tarnco over the stadium lease broke down on Monday."
    kinds = _kinds(nlp, text, [("Lyon", "ORG"), ("Tarnco", "ORG")])
    assert kinds.get("Tarnco") == "organization"
