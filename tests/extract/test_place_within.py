"""A place no table lists is in the country, or world city, the text puts it in."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.place_within import place_it_is_in
from tests.extract.conftest import labelled_place_codes


def test_a_wood_in_a_country_is_in_it(nlp: Language) -> None:
    """ "Tarnby Wood in Norway": the wood is Norwegian, though no table lists it."""
    text = "The soldiers fought at Tarnby Wood in Norway for three weeks."
    codes = labelled_place_codes(nlp, text, [("Tarnby Wood", "LOC"), ("Norway", "GPE")])
    assert codes.get("Tarnby Wood") == "NO"


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


def test_an_apposition_naming_a_region_of_a_country_places_it(nlp: Language) -> None:
    """ "Quarrendale, a hill region of Norway" is Norwegian; "a bakery in Norway" says nothing."""
    doc = nlp("Sheep farmers in Quarrendale, a hill region of Norway, sold their flocks.")
    found = place_it_is_in(doc[3:4])
    assert found is not None and found.country_code == "NO"
    doc = nlp("Loaves from Tarnwick, a bakery in Norway, went on sale.")
    assert place_it_is_in(doc[2:3]) is None


def test_a_comma_and_in_with_a_compass_word_places_it(nlp: Language) -> None:
    """ "Harlowick, in northern Portugal", "in the south of Chile" place a town; "South" names."""
    doc = nlp("The storm flattened barns around Harlowick, in northern Portugal, overnight.")
    found = place_it_is_in(doc[5:6])
    assert found is not None and found.country_code == "PT"
    doc = nlp("Troops left Ostravel, a town in the south of Chile, at dawn.")
    found = place_it_is_in(doc[2:3])
    assert found is not None and found.country_code == "CL"
    doc = nlp("Walkers crossed Kelby Wood in South Africa last week.")
    found = place_it_is_in(doc[2:4])
    assert found is not None and found.country_code == "ZA"


def test_a_province_of_a_country_is_in_it(nlp: Language) -> None:
    """ "the Brevandor province of Chile" is Chilean; "of" straight after a name says nothing."""
    doc = nlp("Miners in the Brevandor province of Chile went on strike.")
    found = place_it_is_in(doc[3:4])
    assert found is not None and found.country_code == "CL"
    doc = nlp("Pilgrims praised Brevandor of Chile at the fair.")
    assert place_it_is_in(doc[2:3]) is None


def test_a_province_of_a_country_beats_the_storys_country(nlp: Language) -> None:
    """A British story's "Dessarin province of Peru" is Peruvian, not British."""
    text = (
        "A British engineer was freed in the Dessarin province of Peru on Sunday. "
        "Officials in London welcomed the news."
    )
    labels = [("British", "NORP"), ("Dessarin", "GPE"), ("Peru", "GPE")]
    assert labelled_place_codes(nlp, text, labels).get("Dessarin") == "PE"
