"""The cross street of a street corner names no town of the gazetteer."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.lexicon import Place
from tests.extract.conftest import labelled


def _places(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, Place | None]:
    """Name -> place of each place extracted when the model read ``labels``."""
    entities = extract_entities(labelled(nlp, text, labels))
    return {e.name: e.place for e in entities if e.kind == "place"}


def test_a_name_after_a_street_and_at_is_its_cross_street(nlp: Language) -> None:
    """ "a mural on Tulane Avenue at Lincoln": Lincoln is the cross street, not a city."""
    # A street of the story's town, not the city in Nebraska or England.
    text = "Police in Dallas said a mural on Tulane Avenue at Lincoln was painted over on Sunday."
    labels = [("Dallas", "GPE"), ("Tulane Avenue", "FAC"), ("Lincoln", "GPE")]
    lincoln = _places(nlp, text, labels).get("Lincoln")
    assert lincoln is not None
    assert lincoln.kind != "city"


def test_the_second_street_of_a_corner_is_no_town(nlp: Language) -> None:
    """ "the corner of Maple Road and Derby": the second name is a street's, not the city's."""
    text = "A car hit a pole at the corner of Maple Road and Derby in Wichita late on Friday."
    labels = [("Maple Road", "FAC"), ("Derby", "GPE"), ("Wichita", "GPE")]
    derby = _places(nlp, text, labels).get("Derby")
    assert derby is not None
    assert derby.kind != "city" and derby.country_code != "GB"
