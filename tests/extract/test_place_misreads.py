"""Names the model reads as places whose own words say they name no place."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_an_occasion_read_as_a_site_is_no_place(nlp: Language) -> None:
    """ "the Lantern Remembrance Day" the model reads as a site is an occasion, not a place."""
    text = "The council brought in the Lantern Remembrance Day after the flood."
    kinds = labelled_kinds(nlp, text, [("Lantern Remembrance Day", "FAC")])
    assert "Lantern Remembrance Day" not in kinds


def test_a_consulate_read_as_a_region_is_a_body(nlp: Language) -> None:
    """ "the Vorlish Consulate in Dallas" read as a region is the mission, a body."""
    text = "Students once occupied the Vorlish Consulate in Dallas for a week."
    labels = [("Vorlish Consulate", "LOC"), ("Dallas", "GPE")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Vorlish Consulate") == "organization"
    assert kinds.get("Dallas") == "place"


def test_the_plural_of_a_product_is_no_place(nlp: Language) -> None:
    """ "Kestrels" beside a product "Kestrel" is no place; "Alps" of the tables stays one."""
    text = "The Kestrels are small drones. The navy flew a Kestrel drone over the bay."
    labels = [("Kestrels", "LOC"), ("Kestrel", "PRODUCT")]
    assert "Kestrels" not in labelled_kinds(nlp, text, labels)
    text = "Snow closed the Alps on Monday. The Alp bar sold well in the resorts."
    labels = [("Alps", "LOC"), ("Alp", "PRODUCT")]
    assert labelled_kinds(nlp, text, labels).get("Alps") == "place"


def test_the_name_of_a_feast_is_no_place(nlp: Language) -> None:
    """ "the feast of Tollan" names a feast, not a place, whatever the model's label."""
    text = "Crowds gathered for the feast of Tollan in the old town."
    assert "Tollan" not in labelled_kinds(nlp, text, [("Tollan", "GPE")])


def test_a_title_alone_is_no_place(nlp: Language) -> None:
    """ "the King's mansion" read as a region: a title alone names no place."""
    text = "Vandals sprayed paint on the wall around the King's mansion in Tarnby."
    kinds = labelled_kinds(nlp, text, [("King", "LOC"), ("Tarnby", "GPE")])
    assert "King" not in kinds
    assert kinds.get("Tarnby") == "place"


def test_a_pronoun_of_people_read_as_a_place_is_none(nlp: Language) -> None:
    """ "Nobody", a man's new name the model reads as a place, is no place."""
    text = (
        "The activist changed his name to Nobody last year. Last month, Nobody lost his bid "
        "to become mayor of Leeds, and Nobody lost again in Dornwick."
    )
    labels = [("Nobody", "GPE"), ("Nobody", "GPE"), ("Leeds", "GPE"), ("Nobody", "GPE")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Nobody") != "place" and kinds.get("Leeds") == "place"
