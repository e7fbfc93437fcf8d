"""A place no table lists that the text calls a town is a city; one it calls a subdivision, a
region."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.lexicon import Place
from generator.extract.place_countries import settled_city
from generator.extract.place_story import placed_by_story
from generator.extract.place_towns import called_a_region, called_a_town
from tests.extract.conftest import labelled_places


def test_the_village_of_a_name_is_a_city(nlp: Language) -> None:
    """ "the village of Tarnby": a village the gazetteer lacks is published as a city."""
    text = "The fire spread to the village of Tarnby on Tuesday night."
    found = labelled_places(nlp, text, [("Tarnby", "GPE")]).get("Tarnby")
    assert found is not None and found.kind == "city"


def test_a_settlement_noun_before_or_after_the_name(nlp: Language) -> None:
    """A noun right before the name, with or without "of", or heading an apposition."""
    doc = nlp("They left the town of Tarnby for Kelby, a small market town, and Vell.")
    assert called_a_town(doc[5:6])
    assert called_a_town(doc[7:8])


def test_other_words_are_no_evidence(nlp: Language) -> None:
    """ "the mayor of Tarnby" and "Tarnby, a firm" say nothing of a town."""
    doc = nlp("She met the mayor of Tarnby and Kelby, a firm from Vell.")
    assert not called_a_town(doc[5:6])
    assert not called_a_town(doc[7:8])


def test_a_later_mention_speaks_for_the_first(nlp: Language) -> None:
    """ "Tarnby" first, "the village of Tarnby" later: the name is a town throughout."""
    doc = nlp("Tarnby was flooded. Rescuers reached the village of Tarnby at noon.")
    assert called_a_town(doc[0:1])


def test_a_town_the_gazetteer_lacks_stays_a_town_in_a_story_of_countries() -> None:
    """A town the text calls one stays a town, though little-known foreign towns get no kind."""
    # The rule that makes a little-known foreign town of the gazetteer a place of no kind leaves it
    # alone.
    town = Place("Tarnby", "city", None)
    assert settled_city(town, frozenset({"FR", "GB"})) == town


def test_a_town_the_text_calls_one_takes_the_storys_country() -> None:
    """A town of no country in a story of British places is British, as any unlisted place is."""
    places = [
        Place("United Kingdom", "country", "GB"),
        Place("Leeds", "city", "GB"),
        Place("Tarnby", "city", None),
    ]
    assert placed_by_story(places)[-1] == Place("Tarnby", "city", "GB")


def test_a_subdivision_noun_after_the_name_makes_a_region(nlp: Language) -> None:
    """ "the Brennwick oblast, in eastern Norland": an unlisted subdivision is a region."""
    text = "Shelling reached the Brennwick oblast, in eastern Ukraine, on Sunday."
    found = labelled_places(nlp, text, [("Brennwick", "GPE")]).get("Brennwick")
    assert found is not None and (found.kind, found.country_code) == ("region", "UA")


def test_a_subdivision_noun_after_or_apposed(nlp: Language) -> None:
    """A noun of subdivisions in small letters right after the name, or heading an apposition."""
    doc = nlp("Rain fell on the Tarnby district and on Kelby, a province of Chile.")
    assert called_a_region(doc[4:5])
    assert called_a_region(doc[8:9])


def test_a_capitalised_or_unrelated_noun_is_no_region(nlp: Language) -> None:
    """ "Tarnby District Council" is a body's name and "Kelby, a firm" no subdivision."""
    doc = nlp("Tarnby District Council fined Kelby, a firm from Vell.")
    assert not called_a_region(doc[0:1])
    assert not called_a_region(doc[4:5])


def test_each_name_listed_after_towns_of_is_a_town(nlp: Language) -> None:
    """ "the towns of Kelb Touman and Tarn al-Vell": the second name is a town as the first is."""
    text = "Militia units pushed on to the rebel-held towns of Kelb Touman and Tarn al-Vell."
    labels = [("Kelb Touman", "GPE"), ("Tarn al-Vell", "GPE")]
    place = labelled_places(nlp, text, labels).get("Tarn al-Vell")
    assert place is not None and place.kind == "city"


def test_a_name_after_a_singular_town_and_another_name_is_no_town(nlp: Language) -> None:
    """ "the town of Kelbmere and Tarn County": only a plural noun lists towns."""
    text = "Roads between the town of Kelbmere and Tarn County were shut on Monday."
    labels = [("Kelbmere", "GPE"), ("Tarn County", "GPE")]
    place = labelled_places(nlp, text, labels).get("Tarn County")
    assert place is None or place.kind != "city"
