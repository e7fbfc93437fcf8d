"""A region written with "the" that a country's subdivision names is of no country, and a
street that speaks is the body that works there."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import ORG, PLACE
from tests.extract.conftest import labelled


def _places(nlp: Language, text: str) -> dict[str, str | None]:
    return {
        e.name: e.place.country_code
        for e in extract_entities(nlp(text))
        if e.kind == PLACE and e.place is not None
    }


def _labelled_places(nlp: Language, text: str, names: list[str]) -> dict[str, str | None]:
    doc = labelled(nlp, text, [(name, "GPE") for name in names])
    return {
        e.name: e.place.country_code
        for e in extract_entities(doc)
        if e.kind == PLACE and e.place is not None
    }


def test_the_punjab_is_no_province_of_one_country(nlp: Language) -> None:
    """ "across the Punjab": a name two countries' subdivisions bear gives the area none."""
    text = "Aid groups working across the Punjab warned of a drought this year."
    assert _labelled_places(nlp, text, ["Punjab"])["Punjab"] is None


def test_the_stories_country_does_not_place_a_wide_region(nlp: Language) -> None:
    """Towns of one country elsewhere in the story do not give "the Punjab" their country."""
    text = (
        "Aid groups working across the Punjab warned of a drought this year. "
        "Charities in Leeds, York and Hull sent money."
    )
    names = ["Punjab", "Leeds", "York", "Hull"]
    assert _labelled_places(nlp, text, names)["Punjab"] is None


def test_a_town_of_one_subdivisions_country_ties_the_region(nlp: Language) -> None:
    """A town of one of the subdivisions' countries in the story ties the region to it."""
    text = (
        "Aid groups working across the Punjab warned of a drought this year, "
        "officials in Lahore said."
    )
    assert _labelled_places(nlp, text, ["Punjab", "Lahore"])["Punjab"] == "PK"


def test_a_name_unique_to_one_country_keeps_it_after_the(nlp: Language) -> None:
    """ "in the Yukon": one country's subdivision alone bears the name, so it is Canada's."""
    text = "Gold miners flocked to the Yukon in 1898, Tom Vell wrote."
    assert _labelled_places(nlp, text, ["Yukon"])["Yukon"] == "CA"


def test_a_word_for_a_kind_of_land_is_no_countrys_after_the(nlp: Language) -> None:
    """ "the Delta": a state's name that is also any delta gives the area no country."""
    text = "Floods swept across the Delta in May, Tom Vell wrote."
    assert _labelled_places(nlp, text, ["Delta"])["Delta"] is None


def test_a_subdivision_named_alone_keeps_its_country(nlp: Language) -> None:
    """ "across Bavaria", no "the": the subdivision of its country."""
    assert _places(nlp, "Rain fell across Bavaria on Monday.")["Bavaria"] == "DE"


def test_a_street_that_speaks_is_a_body(nlp: Language) -> None:
    """ "Downing Street said", as "the White House said": the office speaks, not a place."""
    doc = nlp("Downing Street said the plan was sound.")
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Downing Street") == ORG


def test_a_land_wider_than_a_country_takes_no_story_country(nlp: Language) -> None:
    """ "the Holy Land" beside English towns: a land, not a place of the story's country."""
    text = "Pilgrims from Leeds, York and Bradford flew to the Holy Land last spring."
    places = _places(nlp, text)
    assert places["Leeds"] == "GB" and places["Holy Land"] is None


def test_the_far_east_takes_no_story_country(nlp: Language) -> None:
    """ "the Far East" beside English towns is no part of England."""
    text = "Traders from Leeds and York sailed to the Far East in 1890, Mira Kessel said."
    assert _places(nlp, text)["Far East"] is None


def test_the_sahel_is_no_region_of_one_country(nlp: Language) -> None:
    """ "across the Sahel": a land of many countries, not the one region that bears its name."""
    text = "Herders moving across the Sahel lost half their cattle, Tom Vell wrote."
    assert _labelled_places(nlp, text, ["Sahel"])["Sahel"] is None


def test_the_andes_is_no_town_of_one_country(nlp: Language) -> None:
    """ "in the Andes": a range of several countries, not a town the gazetteer knows."""
    text = "Climbers trapped high in the Andes were rescued on Sunday, Tom Vell wrote."
    assert _labelled_places(nlp, text, ["Andes"])["Andes"] is None
