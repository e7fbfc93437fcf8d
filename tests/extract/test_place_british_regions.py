"""Britain's metropolitan counties and regions that the libraries lack, read from the table."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PLACE, extract_entities


def _places(nlp: Language, text: str) -> dict[str, str | None]:
    return {
        e.name: e.place.country_code if e.place else None
        for e in extract_entities(nlp(text))
        if e.kind == PLACE
    }


def test_a_metropolitan_county_after_a_town_is_a_british_place(nlp: Language) -> None:
    """ "Tarnby, Merseyside": the county is a place in Britain, not a body."""
    text = "The pair, who live in Tarnby, Merseyside, opened a bakery in the spring."
    assert _places(nlp, text).get("Merseyside") == "GB"


def test_listed_regions_are_british_places(nlp: Language) -> None:
    """ "the West Midlands, East Anglia and the Peak District": three regions of Britain."""
    text = "Floods hit farms in the West Midlands, East Anglia and the Peak District overnight."
    places = _places(nlp, text)
    assert places.get("East Anglia") == "GB"
    assert places.get("Peak District") == "GB"


def test_a_northern_irish_county_is_british(nlp: Language) -> None:
    """ "County Tyrone": a county of Northern Ireland, so of the United Kingdom."""
    text = "A farmer from County Tyrone was fined for burning tyres on his land."
    assert _places(nlp, text).get("County Tyrone") == "GB"
