"""Islands, regions and waters that the data libraries lack, spell otherwise or give to a
namesake: the regions table places them."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import ORG, PLACE
from tests.extract.conftest import labelled, labelled_place_codes


def test_an_island_read_as_a_body_is_a_place(nlp: Language) -> None:
    """A large island the model calls a body is a place of its country."""
    text = "Ferries to Vanua Levu were halted on Monday, the harbour master said."
    doc = labelled(nlp, text, [("Vanua Levu", "ORG")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Vanua Levu") == PLACE
    assert ORG not in kinds.values()


def test_an_island_is_not_a_city_spelt_alike(nlp: Language) -> None:
    """ "Tanna" is Vanuatu's island, not the Indian city whose name is spelt alike."""
    text = "Gardens on Tanna were flattened when the storm crossed Vanuatu overnight."
    places = labelled_place_codes(nlp, text, [("Tanna", "GPE"), ("Vanuatu", "GPE")])
    assert places["Tanna"] == "VU"


def test_a_region_spelt_in_english_has_its_country(nlp: Language) -> None:
    """ "North Kivu", which the libraries write only in French, is in Congo."""
    text = "Fighting spread across North Kivu on Friday, aid workers in Goma said."
    places = labelled_place_codes(nlp, text, [("North Kivu", "GPE"), ("Goma", "GPE")])
    assert places["North Kivu"] == "CD"


def test_a_region_by_its_english_name_is_no_foreign_suburb(nlp: Language) -> None:
    """ "Tuscany", a Canadian suburb to GeoNames, is the Italian region in a British story."""
    text = (
        "The Marwood twins grew up in Ledbury and Hereford, and spent a summer in Tuscany "
        "before they moved to Worcester."
    )
    labels = [("Ledbury", "GPE"), ("Hereford", "GPE"), ("Tuscany", "GPE"), ("Worcester", "GPE")]
    places = labelled_place_codes(nlp, text, labels)
    assert places["Tuscany"] == "IT"
