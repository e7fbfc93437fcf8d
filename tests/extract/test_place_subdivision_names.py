"""Subdivisions are known by the names news writes, not only pycountry's written forms."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.gazetteer import gazetteer, subdivision_forms
from generator.extract.lexicon import Place
from tests.extract.conftest import labelled


@pytest.mark.parametrize(
    ("written", "forms"),
    [
        ("Wales [Cymru GB-CYM]", ["Wales [Cymru GB-CYM]", "Wales", "Cymru"]),
        ("Madrid, Comunidad de", ["Madrid, Comunidad de", "Madrid", "Comunidad de Madrid"]),
        ("London, City of", ["London, City of", "London", "City of London"]),
        ("Sofia (stolitsa)", ["Sofia (stolitsa)", "Sofia"]),
        ("Sichuan Sheng", ["Sichuan Sheng", "Sichuan"]),
        ("Xinjiang Uygur Zizhiqu", ["Xinjiang Uygur Zizhiqu", "Xinjiang"]),
        ("Ningxia Huizu Zizhiqu", ["Ningxia Huizu Zizhiqu", "Ningxia"]),
        ("Nei Mongol Zizhiqu", ["Nei Mongol Zizhiqu", "Nei Mongol"]),
        ("Amānat al ‘Āşimah [city]", ["Amānat al ‘Āşimah [city]", "Amānat al ‘Āşimah"]),
        ("wallonne, Région", ["wallonne, Région", "Région wallonne"]),
        ("England", ["England"]),
    ],
)
def test_forms_of_a_pycountry_name(written: str, forms: list[str]) -> None:
    """Brackets, inverted kinds, notes and kind words give a pycountry name's plain forms."""
    # Brackets, an inverted kind, a note and Chinese kind and people's words give the plain name,
    # and an inverted kind the name in reading order too; a lower-case note is no name.
    assert subdivision_forms(written) == forms


@pytest.mark.parametrize(
    ("name", "code"),
    [("Wales", "GB"), ("Sichuan", "CN"), ("Tatarstan", "RU"), ("Bavaria", "DE")],
)
def test_plain_names_are_regions_of_their_country(name: str, code: str) -> None:
    """The plain name, or pycountry's English name, is a region with its country's code."""
    place = gazetteer().subdivision(name)
    assert place is not None
    assert (place.name, place.kind, place.country_code) == (name, "region", code)


def test_a_place_named_wales_has_its_country(nlp: Language) -> None:
    """ "strike spread to Wales": a region of the United Kingdom, not a place of no country."""
    text = "The rail strike spread to Wales on Monday."
    [wales] = [e for e in extract_entities(labelled(nlp, text, [("Wales", "GPE")]))]
    assert wales.place is not None
    assert (wales.place.kind, wales.place.country_code) == ("region", "GB")


@pytest.mark.parametrize("name", ["North East", "West", "North-West", "West Coast", "Midlands"])
def test_words_of_direction_alone_name_a_region_of_no_country(name: str) -> None:
    """ "the North East" or "the West", words of direction alone, is a region of no country."""
    # "the North East" is no Botswanan district nor "the West" a Cameroonian region: it is a region
    # of the story's.
    assert gazetteer().lookup(name) == Place(name, "region", None)


def test_a_region_with_a_name_beside_its_direction_is_kept() -> None:
    """ "Western Cape" holds a name of its own and stays South Africa's."""
    place = gazetteer().lookup("Western Cape")
    assert place is not None and place.country_code == "ZA"


@pytest.mark.parametrize(
    ("written", "printed"),
    [("Maharashtra", "Maharashtra"), ("Mahārāshtra", "Maharashtra"), ("Manabi", "Manabí")],
)
def test_a_romanised_name_is_printed_without_its_marks(written: str, printed: str) -> None:
    """A romanised name drops macrons, not a Latin accent ("Manabí"); either spelling finds it."""
    place = gazetteer().subdivision(written)
    assert place is not None
    assert place.name == printed
