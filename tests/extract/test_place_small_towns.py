"""A town under the gazetteer's size that the text places in a country is a town, not a place
of no kind."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.lexicon import Place
from generator.extract.place_countries import settled_places
from generator.extract.place_small_towns import small_town
from tests.extract.conftest import labelled_places


def test_a_small_town_placed_in_its_country_is_a_city(nlp: Language) -> None:
    """ "Tetbury, Gloucestershire": a town of GeoNames' smaller table, in Britain."""
    text = "Tamsyn Tolling opened a bakery in Tetbury, Gloucestershire, last spring."
    labels = [("Tamsyn Tolling", "PERSON"), ("Tetbury", "GPE"), ("Gloucestershire", "GPE")]
    places = labelled_places(nlp, text, labels)
    assert places.get("Tetbury") == Place("Tetbury", "city", "GB")


def test_a_name_of_no_town_in_that_country_keeps_no_kind() -> None:
    """A place of no kind GeoNames knows no town of in its country stays so."""
    assert small_town(Place("Tetbury", "other", "NO")) == Place("Tetbury", "other", "NO")


def test_a_quarter_ending_in_a_common_noun_keeps_no_kind() -> None:
    """ "Hatch End": a quarter's or a club's name as often as a village's."""
    assert small_town(Place("Hatch End", "other", "GB")).kind == "other"


def test_a_place_of_no_country_keeps_no_kind() -> None:
    """A town name placed in no country says nothing of which town it is."""
    assert small_town(Place("Tetbury", "other", None)).kind == "other"


def test_a_town_of_one_country_the_story_names_is_of_that_country() -> None:
    """A place of no country GeoNames knows only as a British town, in a story of British places."""
    assert small_town(Place("Tetbury", "other", None), {"GB"}) == Place("Tetbury", "city", "GB")


def test_a_town_of_a_country_the_story_does_not_name_stays_of_none() -> None:
    """The same place in a story of Norwegian places only keeps no country."""
    assert small_town(Place("Tetbury", "other", None), {"NO"}).country_code is None


def test_a_town_of_a_country_the_story_names_less_stays_of_none() -> None:
    """A town of no country, known in the US only, in a story that names Britain most."""
    places = [
        Place("London", "city", "GB"),
        Place("Leeds", "city", "GB"),
        Place("Yorkshire", "region", "GB"),
        Place("Texas", "region", "US"),
        Place("Dallas", "city", "US"),
        Place("Paris", "city", "FR"),
        Place("Winnemucca", "other", None),
    ]
    assert settled_places(places)[-1].country_code is None
    # Its own sentence naming Texas says which country's town it is.
    evidence = {"Winnemucca": frozenset({"Texas"})}
    assert settled_places(places, evidence=evidence)[-1] == Place("Winnemucca", "city", "US")
    # The same town in a story that names the US most is a US town.
    places = [Place("London", "city", "GB"), Place("Nevada", "region", "US")]
    places += [Place("Reno", "city", "US"), Place("Winnemucca", "other", None)]
    assert settled_places(places)[-1] == Place("Winnemucca", "city", "US")
