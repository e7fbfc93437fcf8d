"""A town's county or state written after it says its country, whatever the model read."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def _codes(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, str | None]:
    """Name -> country code of every place extracted when the model read ``labels``."""
    doc = labelled(nlp, text, labels)
    places = [e for e in extract_entities(doc) if e.kind == PLACE and e.place is not None]
    return {e.name: e.place.country_code for e in places if e.place is not None}


def test_a_county_read_as_a_person_after_an_unknown_cove(nlp: Language) -> None:
    """ "off Polmarrow Cove, Cornwall, on Monday": the county places the cove in Britain."""
    text = "Two otters were filmed off Polmarrow Cove, Cornwall, on Monday by a diver."
    labels = [("Polmarrow Cove", "PRODUCT"), ("Cornwall", "PERSON"), ("Monday", "DATE")]
    assert _codes(nlp, text, labels).get("Polmarrow Cove") == "GB"


def test_a_county_read_as_a_body_moves_a_town_of_its_name_abroad(nlp: Language) -> None:
    """ "in Richmond, Surrey.": the English town, though the largest Richmond is American."""
    text = "The ferret was found asleep in a shed in Richmond, Surrey. Its owner wept."
    labels = [("Richmond", "GPE"), ("Surrey", "ORG")]
    assert _codes(nlp, text, labels).get("Richmond") == "GB"


def test_a_dash_ends_the_county_after_a_town(nlp: Language) -> None:
    """ "Quenby Marsh, Devon - ten miles from": a dash closes the town's county too."""
    text = "Herons nest at Quenby Marsh, Devon - ten miles from the sea - every spring."
    labels = [("Quenby Marsh", "GPE"), ("Devon", "PERSON")]
    assert _codes(nlp, text, labels).get("Quenby Marsh") == "GB"


def test_a_county_after_in_places_an_unknown_point(nlp: Language) -> None:
    """ "off Trawlby Point in Norfolk": a county after "in" says where, as a country does."""
    text = "A seal pup was rescued off Trawlby Point in Norfolk by volunteers on Sunday."
    labels = [("Trawlby Point", "FAC"), ("Norfolk", "GPE"), ("Sunday", "DATE")]
    assert _codes(nlp, text, labels).get("Trawlby Point") == "GB"


def test_a_two_word_compass_part_written_with_a_space(nlp: Language) -> None:
    """ "North East Scotland" beside Cumbria: a part of Scotland, so in Britain."""
    text = "Gales battered North East Scotland and Cumbria, then Norway and Denmark."
    labels = [("North East Scotland", "LOC"), ("Cumbria", "GPE"), ("Norway", "GPE")]
    labels.append(("Denmark", "GPE"))
    assert _codes(nlp, text, labels).get("North East Scotland") == "GB"
