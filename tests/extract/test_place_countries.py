"""A city whose name several countries' cities bear is placed where its document says."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract, place_countries
from generator.extract.lexicon import Place
from generator.extract.place_countries import document_countries, settled_city, settled_places
from generator.seeds import Seed

VALENCIA = Place("Valencia", "city", "VE")


def test_the_country_the_document_names_decides() -> None:
    """Named beside Spain, Valencia is the Spanish city, not the larger one in Venezuela."""
    assert settled_city(VALENCIA, frozenset(["ES"])) == Place("Valencia", "city", "ES")


def test_with_no_word_of_its_country_the_largest_city_stays() -> None:
    """A document naming no namesake's country keeps the most populous city."""
    assert settled_city(VALENCIA, frozenset()) == VALENCIA
    assert settled_city(VALENCIA, frozenset(["FR"])) == VALENCIA


def test_the_largest_citys_own_country_keeps_it() -> None:
    """Named beside its own country, the most populous city is kept even if others are named."""
    assert settled_city(VALENCIA, frozenset(["VE", "ES"])) == VALENCIA


def test_a_village_namesake_does_not_take_a_capital() -> None:
    """London in a story naming only Canada stays in Britain: Ontario's London is far smaller."""
    london = Place("London", "city", "GB")
    assert settled_city(london, frozenset(["CA"])) == london


def test_only_cities_move() -> None:
    """Countries and regions are what the evidence is made of; they keep their codes."""
    region = Place("Valencia", "region", "ES")
    assert settled_city(region, frozenset(["VE"])) == region


def test_countries_and_regions_are_the_evidence() -> None:
    """A region's country counts as named; a city's does not (it may be a namesake itself)."""
    places = [
        Place("Alabama", "region", "US"),
        Place("Spain", "country", "ES"),
        Place("Perth", "city", "AU"),
        Place("Atlantis", "other", None),
    ]
    assert document_countries(places) == frozenset(["US", "ES"])


def test_with_no_country_named_world_cities_are_the_evidence() -> None:
    """With no country named, London makes a story British; a little-known city does not."""
    places = [Place("London", "city", "GB"), Place("Baldivis", "city", "AU")]
    assert document_countries(places) == frozenset(["GB"])
    assert document_countries([Place("Baldivis", "city", "AU")]) == frozenset()


def test_a_record_places_the_city_in_the_country_named() -> None:
    """Ingest writes the namesake's country code when the story names that country."""
    paragraph = "Flooding in Valencia closed schools across Spain on Monday."
    seed = Seed(path="floods.txt", sha256="0" * 64, title="Floods", paragraphs=(paragraph,))
    (record,) = extract([seed])
    codes = {p["name"]: p["country_code"] for p in record["places"]}
    assert codes == {"Valencia": "ES", "Spain": "ES"}


def test_a_subdivision_of_a_named_country_beats_a_foreign_city() -> None:
    """ "Midlothian" in a story naming Britain is the Scottish council area, not a small US city."""
    midlothian = Place("Midlothian", "city", "US")
    assert settled_city(midlothian, frozenset(["GB"])) == Place("Midlothian", "region", "GB")
    assert settled_city(midlothian, frozenset(["US", "GB"])) == midlothian


def test_a_little_known_foreign_town_keeps_no_country() -> None:
    """An Australian suburb of one name, in a story naming only Britain, gets no country."""
    # It is some British place the gazetteer lacks: no country rather than the wrong one.
    baldivis = Place("Baldivis", "city", "AU")
    assert settled_city(baldivis, frozenset(["GB"])) == Place("Baldivis", "other", None)


def test_a_little_known_town_keeps_no_country_when_the_story_names_none() -> None:
    """With no country named, a little-known town like "Whitby" is a town of no country."""
    # Nothing supports the gazetteer's guess: "Whitby" alone may be the Yorkshire port as well as
    # the larger Ontario town.
    whitby = Place("Whitby", "city", "CA")
    assert settled_places([whitby]) == [Place("Whitby", "city", None)]


def test_little_known_towns_together_decide_their_country() -> None:
    """ "Whitby" beside "Scarborough": England is the one country with towns of both names."""
    places = [Place("Whitby", "city", "CA"), Place("Scarborough", "city", "GB")]
    assert [p.country_code for p in settled_places(places)] == ["GB", "GB"]


def test_a_little_known_town_of_a_name_no_other_country_has_keeps_it() -> None:
    """ "Kelowna" alone: no other country has a town of the name, so it stays Canadian."""
    kelowna = Place("Kelowna", "city", "CA")
    assert settled_places([kelowna]) == [kelowna]


def test_a_little_known_town_keeps_its_country_when_its_people_are_named() -> None:
    """ "Canadian" in the story keeps Whitby in Canada, though no country is named."""
    whitby = Place("Whitby", "city", "CA")
    assert settled_places([whitby], frozenset(["canadian"])) == [whitby]


def test_a_lone_small_town_in_a_story_is_of_no_country(nlp: Language) -> None:
    """A story naming only "Panorama Hills", a Canadian suburb's name, gives it no country."""
    paragraph = "Volunteers in Panorama Hills repainted the skate park over the long weekend."
    seed = Seed(path="t.txt", sha256="0" * 64, title="Arrests", paragraphs=(paragraph,))
    places = [p for p in extract([seed])[0].get("places") or [] if p["name"] == "Panorama Hills"]
    assert places and all(p["country_code"] is None for p in places)


def test_a_town_written_about_keeps_its_country() -> None:
    """Chartres, known by many names, stays in France in a story naming only Britain."""
    chartres = Place("Chartres", "city", "FR")
    assert settled_city(chartres, frozenset(["GB"])) == chartres


def test_georgia_beside_american_places_is_the_state(nlp: Language) -> None:
    """ "Georgia" among American places is the US state; beside Tbilisi and Russia, the country."""
    from generator.extract.entities import extract_entities

    def georgia(text: str) -> Place | None:
        found = [e.place for e in extract_entities(nlp(text)) if e.name == "Georgia"]
        return found[0] if found else None

    american = "The pastor was held in Kelbury, Texas, then sent to a jail in Georgia on Monday."
    assert georgia(american) == Place("Georgia", "region", "US")
    caucasus = "Russian troops entered Georgia in 2008, and Tbilisi asked Washington for help."
    assert georgia(caucasus) == Place("Georgia", "country", "GE")


def test_the_country_of_most_places_counts_as_named() -> None:
    """ "Newcastle" among English towns in a story naming no country is English; else Australian."""
    # Among Australian towns it stays Australian.
    english = [Place("Tarby", "city", "GB"), Place("Kelbridge", "city", "GB")]
    newcastle = Place("Newcastle", "city", "AU")
    assert settled_places([*english, newcastle])[-1] == Place("Newcastle", "city", "GB")
    australian = [Place("Tarby", "city", "AU"), Place("Kelbridge", "city", "AU")]
    assert settled_places([*australian, newcastle])[-1] == newcastle


def test_the_storys_own_country_takes_a_shared_name() -> None:
    """ "Suffolk" among English towns is the English county, though the story names the US too."""
    # Even when the story names the country of the American city the gazetteer gives first.
    english = [Place(name, "city", "GB") for name in ("Tarby", "Kelbridge", "Ashby Vell")]
    american = [Place("United States", "country", "US")]
    suffolk = Place("Suffolk", "city", "US")
    found = settled_places([*english, *american, suffolk])[-1]
    assert found == Place("Suffolk", "region", "GB")


def test_a_shire_county_of_a_named_britain_beats_a_foreign_town(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A "-shire" name in a story naming Britain is the county, not a small town abroad."""
    # ISO 3166-2 codes Britain's councils, not its counties: the "-shire" form says county.
    town = Place("Wendleshire", "city", "US")
    monkeypatch.setattr(place_countries, "gazetteer", lambda: _OneTown(town))
    county = Place("Wendleshire", "region", "GB")
    assert place_countries.settled_city(town, frozenset(["GB"])) == county
    assert place_countries.settled_city(town, frozenset(["US", "GB"])) == town


class _OneTown:
    """A gazetteer that knows one little-known town and no subdivision."""

    def __init__(self, town: Place) -> None:
        self.town = town

    def countries_of_city(self, name: str) -> tuple[()]:
        return ()

    def subdivision(self, name: str) -> None:
        return None

    def city(self, name: str) -> Place | None:
        return self.town if name == self.town.name else None

    def fame(self, name: str) -> int:
        return 3

    def population(self, name: str) -> int:
        return 20_000


def test_a_part_of_one_countrys_subdivision_is_in_that_country() -> None:
    """ "Northern Vorarlberg" is Austrian even in a story naming no country or only France."""
    # No other country's subdivision bears the name: the part is where the whole is.
    part = Place("Northern Vorarlberg", "region", None)
    austrian = Place("Northern Vorarlberg", "region", "AT")
    assert place_countries.part_settled(part, frozenset()) == austrian
    assert place_countries.part_settled(part, frozenset(["FR"])) == austrian
