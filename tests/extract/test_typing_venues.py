"""Names of pubs and restaurants that borrow people's and things' names."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, PLACE
from tests.extract.conftest import labelled_kinds, person_labelled_kinds


def test_a_titled_name_before_pub_is_no_person(nlp: Language) -> None:
    """ "the King Osric pub": a title and a name before a venue's noun name the pub."""
    text = "Rita Pellow runs the King Osric pub in Tarnby with her brother."
    kinds = person_labelled_kinds(nlp, text, ["Rita Pellow", "King Osric"])
    assert kinds.get("Osric") != PERSON
    assert kinds.get("Rita Pellow") == PERSON


def test_a_joined_venue_name_is_no_place(nlp: Language) -> None:
    """ "the Lark and Anchor inn": the first word the model calls a place is the inn's."""
    text = "Workers met at the Lark and Anchor inn to hear the news, said Rita Pellow."
    kinds = labelled_kinds(nlp, text, [("Lark", "LOC"), ("Rita Pellow", "PERSON")])
    assert kinds.get("Lark") != PLACE
    assert kinds.get("Rita Pellow") == PERSON


def test_a_known_town_before_pub_stays_a_place(nlp: Language) -> None:
    """ "the Glasgow pub": a town the gazetteer knows says where the pub is."""
    text = "Fans packed the Glasgow pub on Saturday night, said Rita Pellow."
    assert (
        labelled_kinds(nlp, text, [("Glasgow", "GPE"), ("Rita Pellow", "PERSON")]).get("Glasgow")
        == PLACE
    )
