"""A state GeoNames lists without an ISO 3166 code is a country of no code."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PLACE, extract_entities


def test_kosovo_is_a_country_of_no_code_in_a_british_story(nlp: Language) -> None:
    """Kosovo has no ISO code: a country of none, never the story's own country."""
    text = (
        "Ministers in London and Manchester met on Monday. British troops will stay in"
        " Kosovo, the Defence Secretary told MPs in Westminster."
    )
    places = {e.name: e.place for e in extract_entities(nlp(text)) if e.kind == PLACE}
    kosovo = places["Kosovo"]
    assert kosovo is not None
    assert (kosovo.kind, kosovo.country_code) == ("country", None)
