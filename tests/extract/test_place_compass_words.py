"""A capitalised compass word the model left out before a place opens the region's name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def _places(nlp: Language, text: str, *labels: tuple[str, str]) -> set[str]:
    """The places extracted where the model read only ``labels``."""
    found = extract_entities(labelled(nlp, text, list(labels)))
    return {entity.name for entity in found if entity.kind == PLACE}


def test_south_before_a_country_names_the_region(nlp: Language) -> None:
    """ "the South China coast": the region, not the country alone."""
    text = "It is the busiest port on the South China coast, the shipping company said."
    assert "South China" in _places(nlp, text, ("China", "GPE"))


def test_north_before_a_region_read_alone(nlp: Language) -> None:
    """ "the North Kelby region": the compass word is the name's first."""
    text = "Fighting spread across the mountainous North Kelby region overnight, officials said."
    assert "North Kelby" in _places(nlp, text, ("Kelby", "LOC"))


def test_a_sentences_first_word_is_left_out(nlp: Language) -> None:
    """ "South, Kelby": a sentence that opens with the compass word does not join it."""
    text = "North of the river, Kelby stayed calm. West Kelby shops opened late on Monday."
    assert "West Kelby" not in _places(nlp, text, ("Kelby", "GPE"), ("Kelby", "GPE"))
