"""A direction's adjective alone ("Eastern") is no place; its noun and full names are."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def _places(nlp: Language, text: str, *labels: tuple[str, str]) -> set[str]:
    """The places extracted where the model read only ``labels``."""
    found = extract_entities(labelled(nlp, text, list(labels)))
    return {entity.name for entity in found if entity.kind == PLACE}


def test_a_direction_adjective_alone_is_no_place(nlp: Language) -> None:
    """ "the Eastern bloc" read as a place: "Eastern" is no region's name."""
    text = "The threat from the Eastern bloc has faded, Jo Ames said."
    assert "Eastern" not in _places(nlp, text, ("Eastern", "LOC"))


def test_a_direction_noun_and_full_names_stay_places(nlp: Language) -> None:
    """ "the West" and "Western Europe" are places."""
    text = "Trade with the West and Western Europe grew, Jo Ames said."
    places = _places(nlp, text, ("West", "LOC"), ("Western Europe", "LOC"))
    assert {"West", "Western Europe"} <= places
