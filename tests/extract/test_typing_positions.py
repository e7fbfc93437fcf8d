"""A full name after a player's position or an on-air job is a person's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quarterback Tyra Velling threw three touchdowns in the final.", "Tyra Velling"),
        ("Newsreader Cai Bellamy is leaving the channel after ten years.", "Cai Bellamy"),
    ],
)
def test_a_name_after_a_position_is_a_person(nlp: Language, text: str, name: str) -> None:
    """ "Quarterback Tyra Velling threw": the model's organization is a player."""
    doc = labelled(nlp, text, [(name, "ORG")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get(name) == PERSON


def test_a_capitalised_position_inside_a_sentence_is_no_cue(nlp: Language) -> None:
    """ "the Ashby Striker Trust": a capital inside a sentence is a name's own word."""
    text = "Grants went to the Ashby Striker Kelmore Trust last year."
    doc = labelled(nlp, text, [("Kelmore Trust", "ORG")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Kelmore Trust") != PERSON
