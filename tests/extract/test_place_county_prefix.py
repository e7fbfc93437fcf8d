"""A county written after "County", as Ireland writes it, is that county."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.gazetteer import county_named
from generator.extract.lexicon import Place
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def test_county_before_a_known_countys_name_names_it() -> None:
    """ "County Meath" is the county the table knows as "Meath"; "County Tarvik" is none."""
    assert county_named("County Meath") == Place("County Meath", "region", "IE")
    assert county_named("County Tarvik") is None


def _read(nlp: Language, text: str, bodies: list[str]) -> dict[str, tuple[str, str | None]]:
    doc = labelled(nlp, text, [(name, "ORG") for name in bodies])
    return {
        e.name: (e.kind, e.place.country_code if e.place else None) for e in extract_entities(doc)
    }


def test_a_county_the_model_read_as_a_body_is_a_place(nlp: Language) -> None:
    """ "in County Meath", read as a body's name, is the Irish county."""
    text = "Tarvik Mining will close its pit in County Meath next year, Tom Vell said."
    read = _read(nlp, text, ["Tarvik Mining", "County Meath"])
    assert read["County Meath"] == (PLACE, "IE")


def test_a_council_of_a_county_stays_a_body(nlp: Language) -> None:
    """ "County Meath Council" goes on past the county's name: the council, a body."""
    read = _read(nlp, "County Meath Council approved the plan on Monday.", ["County Meath Council"])
    assert read["County Meath Council"][0] != PLACE
