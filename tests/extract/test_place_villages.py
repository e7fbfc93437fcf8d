"""Villages GeoNames lists with 1,000 people and more, and towns written with their county,
are towns (kind city), not places of no kind; streets and squares are sites, not regions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import place_villages
from generator.extract.lexicon import Place
from generator.extract.place_countries import lone_towns
from generator.extract.place_lone_towns import countries_in
from generator.extract.place_small_towns import small_town
from generator.extract.place_villages import village_countries
from tests.extract.conftest import labelled_places


def test_a_village_of_the_smaller_list_is_found_by_name() -> None:
    """A Cornish fishing village is too small for the 5,000 list but in the 1,000 one."""
    assert "GB" in village_countries("Mevagissey")


def test_the_file_read_whole_agrees_with_the_search_by_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past the first names searched one by one, the file read once gives the same countries."""
    names = ("Mevagissey", "Aberfeldy", "Bad Tölz", "Kelbyholm Tarnwick")
    searched = {name: countries_in(place_villages._mapped(), name) for name in names}
    assert searched["Bad Tölz"] == {"DE"} and not searched["Kelbyholm Tarnwick"]
    monkeypatch.setattr(place_villages, "_searched", {})
    monkeypatch.setattr(place_villages, "SEARCHES", 0)
    assert {name: village_countries(name) for name in names} == searched


def test_a_village_placed_in_its_country_is_a_city() -> None:
    """A place of no kind in Britain that GeoNames lists as a British village is a town."""
    assert small_town(Place("Aberfeldy", "other", "GB")) == Place("Aberfeldy", "city", "GB")


def test_a_village_of_no_country_in_a_story_of_its_country_is_its_town() -> None:
    """A village known in one country only, in a story whose places are in it, is its town."""
    assert small_town(Place("Mevagissey", "other", None), {"GB"}) == Place(
        "Mevagissey", "city", "GB"
    )


def test_a_village_in_a_story_read_with_its_country_is_a_city(nlp: Language) -> None:
    """ "in Mevagissey" among British cities: the village is a British town."""
    text = "Tamsyn Tolling opened a bakery in Mevagissey after years in Bristol and Exeter."
    labels = [("Tamsyn Tolling", "PERSON"), ("Mevagissey", "GPE")]
    labels += [("Bristol", "GPE"), ("Exeter", "GPE")]
    places = labelled_places(nlp, text, labels)
    assert places.get("Mevagissey") == Place("Mevagissey", "city", "GB")


def test_a_town_of_two_words_written_with_its_county_is_a_city(nlp: Language) -> None:
    """ "Tarn Bridge, West Yorkshire": a town's name may end in a common noun."""
    text = "Police were called to a house in Tarn Bridge, West Yorkshire, on Tuesday night."
    labels = [("Tarn Bridge", "GPE"), ("West Yorkshire", "GPE")]
    places = labelled_places(nlp, text, labels)
    assert places.get("Tarn Bridge") == Place("Tarn Bridge", "city", "GB")
    # A site's noun ends the name of a castle, not of a town: "Kelby Castle, Northumberland".
    text = "Visitors flocked to Kelby Castle, Northumberland, over the weekend."
    labels = [("Kelby Castle", "FAC"), ("Northumberland", "GPE")]
    site = labelled_places(nlp, text, labels).get("Kelby Castle")
    assert site is not None and site.kind == "other"
    text = "The army will leave Kelby Barracks, Wiltshire, in 2030."
    labels = [("Kelby Barracks", "FAC"), ("Wiltshire", "GPE")]
    site = labelled_places(nlp, text, labels).get("Kelby Barracks")
    assert site is not None and site.kind == "other"


def test_a_one_word_town_written_with_its_county_is_a_city(nlp: Language) -> None:
    """ "Brindleford, Kent": a town no list knows, written with its county."""
    text = "The bakery in Brindleford, Kent, closed its doors on Friday."
    labels = [("Brindleford", "GPE"), ("Kent", "GPE")]
    places = labelled_places(nlp, text, labels)
    assert places.get("Brindleford") == Place("Brindleford", "city", "GB")


def test_a_street_the_model_reads_as_a_location_is_no_region(nlp: Language) -> None:
    """ "Marrow Street" read as a location is a site of its town, not a region."""
    text = "Protesters gathered on Marrow Street in Leeds, England, on Saturday."
    labels = [("Marrow Street", "LOC"), ("Leeds", "GPE"), ("England", "GPE")]
    places = labelled_places(nlp, text, labels)
    place = places.get("Marrow Street")
    assert place is not None and place.kind == "other"


def test_a_town_the_gazetteer_lacks_keeps_the_country_the_text_gave_it() -> None:
    """A town of no gazetteer entry alone in a story keeps the country its county gave it."""
    settled = lone_towns([Place("Brindleford", "city", "GB")])
    assert settled == [Place("Brindleford", "city", "GB")]


def test_a_saints_town_is_found_in_the_other_spellings() -> None:
    """ "St Jean de Luz" is the town GeoNames writes "Saint-Jean-de-Luz"."""
    assert village_countries("St Jean de Luz") == {"FR"}
    town = small_town(Place("St Jean de Luz", "other", "FR"))
    assert town == Place("St Jean de Luz", "city", "FR")


def test_a_village_of_a_saints_name_spelt_as_a_noun_is_a_town() -> None:
    """A village ending in a saint's name that is also a noun ("john") is a town all the same."""
    town = small_town(Place("Sherborne St John", "other", "GB"))
    assert town == Place("Sherborne St John", "city", "GB")
