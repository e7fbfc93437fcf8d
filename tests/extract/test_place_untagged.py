"""A country's name the model left out of its entities is a place, unless a longer name holds it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def _places(nlp: Language, text: str, labels: list[tuple[str, str]]) -> set[str]:
    return {e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == PLACE}


def test_a_country_in_capitals_left_untagged_is_a_place(nlp: Language) -> None:
    """ "CHILE - Bond futures held": a market report's section names a country."""
    text = "Prices fell. CHILE - Bond futures held to easier levels, Tom Vell said."
    assert "Chile" in _places(nlp, text, [("Tom Vell", "PERSON")])


def test_a_country_inside_a_firms_name_is_no_place(nlp: Language) -> None:
    """ "Copper Fields of Chile Ltd": the country's name is a part of the firm's."""
    text = "Copper Fields of Chile Ltd said on Monday its output rose, Tom Vell said."
    assert "Chile" not in _places(nlp, text, [("Tom Vell", "PERSON")])


def test_a_country_before_a_capitalised_word_is_no_place(nlp: Language) -> None:
    """ "the oil-rich Niger Delta": the country's name opens a longer name."""
    text = "Rebels attacked pipelines in the oil-rich Niger Delta, Tom Vell said."
    assert "Niger" not in _places(nlp, text, [("Tom Vell", "PERSON")])


def test_a_region_of_several_words_left_untagged_is_a_place(nlp: Language) -> None:
    """ "in the Northern Territory": a subdivision's name the model left out is a place."""
    text = "The find in the Northern Territory lifted shares, Tom Vell said."
    assert "Northern Territory" in _places(nlp, text, [("Tom Vell", "PERSON")])


def test_a_region_opening_a_bodys_name_is_no_place(nlp: Language) -> None:
    """ "the Northern Territory Government": the region's name opens a body's."""
    text = "A spokesman for the Northern Territory Government declined to comment."
    assert "Northern Territory" not in _places(nlp, text, [])
