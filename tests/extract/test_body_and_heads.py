"""Bodies' names across "and" that end on a team's, guild's or regiment's head noun."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def _bodies(nlp: Language, text: str, labels: list[tuple[str, str]]) -> list[str]:
    return [
        e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == "organization"
    ]


def test_a_rescue_team_cut_at_and_is_read_whole(nlp: Language) -> None:
    """'the Dornwick Search and Rescue Team', cut to 'Rescue Team': one body."""
    text = "The Dornwick Search and Rescue Team had answered two calls by noon."
    found = _bodies(nlp, text, [("Rescue Team", "ORG")])
    assert found == ["Dornwick Search and Rescue Team"]


def test_a_guild_read_as_two_bodies_is_one(nlp: Language) -> None:
    """'the Pennick Arts' and 'Crafts Guild' read apart: one guild."""
    text = "Members of the Pennick Arts and Crafts Guild gather every other Thursday."
    found = _bodies(nlp, text, [("Pennick Arts", "ORG"), ("Crafts Guild", "ORG")])
    assert found == ["Pennick Arts and Crafts Guild"]


def test_a_regiment_named_for_two_places_is_one_body(nlp: Language) -> None:
    """'the Kelby and Tarnshire Regiment', 'Kelby' read as a person: one regiment."""
    text = "Her grandfather marched with the Kelby and Tarnshire Regiment in his youth."
    found = _bodies(nlp, text, [("Kelby", "PERSON"), ("Tarnshire Regiment", "ORG")])
    assert found == ["Kelby and Tarnshire Regiment"]
