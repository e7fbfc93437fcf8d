"""A name followed by a comma and a region's name of several words is a place there."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def test_a_town_before_a_state_of_two_words_is_a_place(nlp: Language) -> None:
    """ "outside Tarry Hawk, North Carolina": the state has two words, so "Tarry Hawk" is a town."""
    # The state is "North Carolina", not "North", so the model's "person" before it is a town.
    text = "In 1911, in a field outside Tarry Hawk, North Carolina, two brothers flew a glider."
    doc = labelled(nlp, text, [("Tarry Hawk", "PERSON"), ("North Carolina", "GPE")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Tarry Hawk") == PLACE


def _places(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    return {
        e.name: (e.place.kind, e.place.country_code)
        for e in extract_entities(nlp(text))
        if e.kind == PLACE and e.place is not None
    }


def test_a_town_the_gazetteer_lacks_is_in_its_states_country(nlp: Language) -> None:
    """ "Kelbury, New Jersey": the unlisted town is American, and the state stays a place."""
    # The state stays a place although its last word is a country's name.
    places = _places(nlp, "The man, who lives in Kelbury, New Jersey, was charged on Monday.")
    assert places["Kelbury"][1] == "US"
    assert places["New Jersey"] == ("region", "US")


def test_canadian_province_abbreviations_place_a_town(nlp: Language) -> None:
    """ "Tarland, Ont." and "Vellton, Sask." name Canadian provinces: the towns are Canadian."""
    places = _places(
        nlp, "Police in Tarland, Ont., said a woman from Vellton, Sask. was arrested on Tuesday."
    )
    assert places["Tarland"][1] == "CA" and places["Vellton"][1] == "CA"
    assert places["Ontario"] == ("region", "CA")
    assert places["Saskatchewan"] == ("region", "CA")


def test_a_town_before_a_person_keeps_no_country(nlp: Language) -> None:
    """ "Tarland, Ann Roke said": a person after the comma places nothing."""
    places = _places(nlp, "The floods reached Tarland, Ann Roke said on Monday.")
    assert places.get("Tarland", ("other", None))[1] is None


def test_a_list_of_places_places_none_by_its_neighbour(nlp: Language) -> None:
    """ "Kelbury, Ontario and Tarvik" lists three places; the first is not Canadian for it."""
    places = _places(nlp, "The tour stops in Kelbury, Ontario and Tarvik next spring.")
    assert places.get("Kelbury", ("other", None))[1] is None


def test_a_town_before_georgia_is_in_the_us_state(nlp: Language) -> None:
    """ "Fort Vell, Georgia": a town before a name that is a state and a country is American."""
    places = _places(nlp, "He trained at Fort Vell, Georgia, before he was sent abroad.")
    assert places["Fort Vell"][1] == "US"


def test_a_town_abroad_before_a_state_is_the_states_town(nlp: Language) -> None:
    """ "Paris, Texas": the state after the comma says which Paris, not the largest one."""
    places = _places(nlp, "The band played a free show in Paris, Texas, on Friday night.")
    assert places["Paris"] == ("city", "US")


def test_a_small_countrys_district_after_a_town_places_nothing(nlp: Language) -> None:
    """ "Dover, Long Island": a district name of an island state says nothing of the town."""
    places = _places(nlp, "Her cousin runs a bakery in Dover, Long Island, with two friends.")
    assert places["Dover"][1] != "BS"


def _labelled_places(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    doc = labelled(nlp, text, labels)
    return {
        e.name: str(e.place.country_code)
        for e in extract_entities(doc)
        if e.kind == PLACE and e.place is not None
    }


def test_an_untagged_county_before_a_colon_places_the_town(nlp: Language) -> None:
    """ "Boston, Lincolnshire:" is the English town even when the model tags no county."""
    text = "Road closures this week.\n\nBoston, Lincolnshire: market square shut to cars."
    places = _labelled_places(nlp, text, [("Boston", "GPE")])
    assert places["Boston"] == "GB"


def test_an_untagged_name_before_a_verb_places_nothing(nlp: Language) -> None:
    """ "in Boston, Victoria said": an untagged name the sentence goes on from is no state."""
    text = "After the match in Boston, Victoria said the team had played well."
    places = _labelled_places(nlp, text, [("Boston", "GPE")])
    assert places["Boston"] == "US"


def test_a_town_before_a_county_read_as_a_person_takes_its_country(nlp: Language) -> None:
    """ "from Kelbridge, Devon, said": the county the model read as a person places the town."""
    text = "A farmer from Kelbridge, Devon, said the river had burst its banks."
    places = _labelled_places(nlp, text, [("Kelbridge", "GPE"), ("Devon", "PERSON")])
    assert places["Kelbridge"] == "GB" and places["Devon"] == "GB"


def test_a_person_read_name_the_sentence_goes_on_from_places_nothing(nlp: Language) -> None:
    """ "in Kelbridge, Devon said": a region's name that is the subject of a verb is a person."""
    text = "After the vote in Kelbridge, Devon said the count had been fair."
    places = _labelled_places(nlp, text, [("Kelbridge", "GPE"), ("Devon", "PERSON")])
    assert places.get("Kelbridge", "None") == "None"


def test_a_county_opening_a_persons_name_places_nothing(nlp: Language) -> None:
    """ "Kelbridge, Devon Tarrant said": the person's name goes on past the county's."""
    text = "The floods reached Kelbridge, Devon Tarrant said on Monday."
    places = _labelled_places(nlp, text, [("Kelbridge", "GPE"), ("Devon Tarrant", "PERSON")])
    assert places.get("Kelbridge", "None") == "None"


def test_a_shire_no_code_names_is_a_british_county(nlp: Language) -> None:
    """ "Kelbridge, Tarlandshire": a "-shire" no ISO code names is Britain's, and so its town."""
    text = "The race finished in Kelbridge, Tarlandshire, on Sunday afternoon."
    places = _labelled_places(nlp, text, [("Kelbridge", "GPE"), ("Tarlandshire", "GPE")])
    assert places["Tarlandshire"] == "GB" and places["Kelbridge"] == "GB"


def test_a_known_town_listed_after_in_is_a_place_the_model_read_as_a_person(
    nlp: Language,
) -> None:
    """ "in Kelby and Daloa": a town listed after "in" is a place, whatever the model read."""
    text = "Growers in Kelby and Daloa, in Ivory Coast's west, said their beans were small."
    places = _labelled_places(nlp, text, [("Daloa", "PERSON")])
    assert places.get("Daloa") == "CI"


def test_a_city_after_a_compass_point_places_the_name_before_it(nlp: Language) -> None:
    """ "RAF Kelbholt, west London": the site is British, London being where it is."""
    text = "The men were arrested when they landed at RAF Kelbholt, west London, on Tuesday."
    doc = labelled(nlp, text, [("RAF Kelbholt", "GPE"), ("west London", "GPE")])
    codes = {e.name: e.place.country_code for e in extract_entities(doc) if e.place}
    assert codes.get("RAF Kelbholt") == "GB"


def test_a_region_after_a_hyphened_compass_point_places_the_town(nlp: Language) -> None:
    """ "Tarnley, south-west Wales": the unlisted town is British."""
    text = "She was born in Tarnley, south-west Wales, in 1950, and moved away at ten."
    doc = labelled(nlp, text, [("Tarnley", "GPE"), ("Wales", "GPE")])
    codes = {e.name: e.place.country_code for e in extract_entities(doc) if e.place}
    assert codes.get("Tarnley") == "GB"


def test_a_city_after_a_comma_without_a_compass_point_places_nothing(nlp: Language) -> None:
    """ "Kelbsden, London, Tarnwick": a list of places, none the other's."""
    text = "Shops closed in Kelbsden, London, Tarnwick and other towns on Friday."
    labels = [("Kelbsden", "GPE"), ("London", "GPE"), ("Tarnwick", "GPE")]
    codes = {e.name: e.place.country_code for e in extract_entities(labelled(nlp, text, labels))}
    assert codes.get("Kelbsden") is None
