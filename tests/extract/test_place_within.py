"""A place no table lists is in the country, or world city, the text puts it in."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from generator.extract.place_within import place_it_is_in
from tests.extract.conftest import labelled


def test_a_wood_in_a_country_is_in_it(nlp: Language) -> None:
    """ "Tarnby Wood in Norway": the wood is Norwegian, though no table lists it."""
    text = "The soldiers fought at Tarnby Wood in Norway for three weeks."
    doc = labelled(nlp, text, [("Tarnby Wood", "LOC"), ("Norway", "GPE")])
    places = {e.name: e.place for e in extract_entities(doc) if e.kind == PLACE}
    found = places.get("Tarnby Wood")
    assert found is not None and found.country_code == "NO"


def test_a_city_known_the_world_over_places_it(nlp: Language) -> None:
    """ "Kelby Prison in Berlin" is German; "near Madrid" places a town in Spain."""
    doc = nlp("He was held at Kelby Prison in Berlin and later at Tarnby near Madrid.")
    held = place_it_is_in(doc[4:6])
    near = place_it_is_in(doc[11:12])
    assert held is not None and held.country_code == "DE"
    assert near is not None and near.country_code == "ES"


def test_a_lesser_town_is_no_evidence(nlp: Language) -> None:
    """ "Kelby Hall in Provo" says nothing: a small town's name may be another country's town."""
    # The story's other places settle it.
    doc = nlp("They toured Kelby Hall in Provo on Sunday.")
    assert place_it_is_in(doc[2:4]) is None


def test_a_later_mention_places_the_first(nlp: Language) -> None:
    """ "Kelby Prison" first, "Kelby Prison in Berlin" later: the prison is German."""
    doc = nlp("Kelby Prison was shut. Inmates of Kelby Prison in Berlin were moved.")
    found = place_it_is_in(doc[0:2])
    assert found is not None and found.country_code == "DE"


def test_a_countrys_possessive_before_a_site_noun_places_it(nlp: Language) -> None:
    """ "Norway's Tarvish island terminal" is Norwegian; without a site noun it says nothing."""
    # "Sweden's Quillby Gardens", with no site noun after it, is as often a likeness.
    doc = nlp("Jets hit Norway's Tarvish island terminal on Monday.")
    found = place_it_is_in(doc[4:5])
    assert found is not None and found.country_code == "NO"
    doc = nlp("Critics call the camp Sweden's Quillby Gardens by now.")
    assert place_it_is_in(doc[6:8]) is None
