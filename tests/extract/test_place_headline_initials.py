"""A headline's initials of a place the body names in full: "HK" over a story on Hong Kong."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import Entity, extract_entities
from generator.extract.title_entities import with_title


def _entities(nlp: Language, headline: str, text: str) -> dict[str, Entity]:
    """Name -> entity of ``text`` under ``headline``."""
    body = nlp(text)
    return {e.name: e for e in with_title(extract_entities(body), nlp(headline), body)}


def test_a_headline_initials_are_a_form_of_the_body_place(nlp: Language) -> None:
    """'NZ lifts its wool levy' over a story on New Zealand: "NZ" is that place's form."""
    text = "New Zealand will scrap its levy on raw wool from March, its trade minister said."
    entities = _entities(nlp, "NZ lifts its wool levy", text)
    assert "NZ" in entities["New Zealand"].aliases
    assert "NZ" not in entities


def test_initials_two_places_could_spell_are_left_alone(nlp: Language) -> None:
    """'SA wins the vote' over South Africa and Saudi Arabia: "SA" is neither's form."""
    text = "South Africa and Saudi Arabia backed the plan at the meeting, envoys said."
    entities = _entities(nlp, "SA wins the vote", text)
    assert "SA" not in entities["South Africa"].aliases
    assert "SA" not in entities["Saudi Arabia"].aliases
