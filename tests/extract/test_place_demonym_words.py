"""A nationality word is the country's mention and a people's word a group, never a place
of its own, even where the gazetteer knows a region of that name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def _places(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, str | None]:
    """Place name -> country code of the places extracted when the model read ``labels``."""
    doc = labelled(nlp, text, labels)
    return {
        e.name: e.place.country_code if e.place else None
        for e in extract_entities(doc)
        if e.kind == "place"
    }


def test_a_nationality_named_like_a_region_is_its_country(nlp: Language) -> None:
    """ "the Somali capital": Somalia, not Ethiopia's Somali region."""
    places = _places(nlp, "Talks in the Somali capital ended on Monday.", [("Somali", "NORP")])
    assert places == {"Somalia": "SO"}


def test_a_nationality_the_model_reads_as_a_person_is_its_country(nlp: Language) -> None:
    """ "the Ugandan army", the model reading a person: Uganda, no place "Ugandan"."""
    places = _places(nlp, "The Ugandan army moved north on Monday.", [("Ugandan", "PERSON")])
    assert places == {"Uganda": "UG"}


def test_a_nationality_of_two_words_is_its_country(nlp: Language) -> None:
    """ "the Sri Lankan navy": Sri Lanka, no place "Sri Lankan"."""
    text = "The Sri Lankan navy sank two boats on Monday."
    places = _places(nlp, text, [("Sri Lankan", "NORP")])
    assert places == {"Sri Lanka": "LK"}


def test_a_nationality_and_a_people_before_a_noun_is_a_group(nlp: Language) -> None:
    """ "Ugandan Tutsi herders": a nation and a people, neither a place nor a person."""
    doc = labelled(
        nlp, "Many Ugandan Tutsi herders crossed the lake.", [("Ugandan Tutsi", "PERSON")]
    )
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    tutsi = {name: kind for name, kind in kinds.items() if "Tutsi" in name}
    assert tutsi and set(tutsi.values()) == {"group"}
