"""A name listed among bodies, or a body's full name cut short, is no place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import ORG, PLACE
from tests.extract.conftest import labelled_kinds


def test_a_name_listed_with_firms_is_a_firm(nlp: Language) -> None:
    """ "partnerships with Dornix, Velmarco and Tarnsoap": the model's place among firms."""
    text = (
        "The courier said it had handed out free masks through its partnerships "
        "with Dornix, Velmarco and Tarnsoap, with more on the way."
    )
    labels = [("Dornix", "GPE"), ("Velmarco", "ORG"), ("Tarnsoap", "ORG")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Dornix") == ORG


def test_a_small_towns_name_cut_from_a_body_is_the_body(nlp: Language) -> None:
    """ "Professor Hollis Vane, of Ferndale," beside "Ferndale Institute of Technology"."""
    text = (
        "The reader at Ferndale Institute of Technology said the tests worked. "
        "Professor Hollis Vane, of Ferndale, whose study was published on Monday, agreed."
    )
    labels = [
        ("Ferndale Institute of Technology", "ORG"),
        ("Hollis Vane", "PERSON"),
        ("Ferndale", "ORG"),
    ]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Ferndale") != PLACE


def test_a_body_name_the_model_cut_short_is_no_place(nlp: Language) -> None:
    """ "from dealer Vell of the Dunes", cut to "Vell", beside the whole name elsewhere."""
    text = (
        "The gallery bought the mask from dealer Vell of the Dunes in 2009. "
        "The owner of Vell of the Dunes later admitted selling stolen goods."
    )
    labels = [("Vell", "PERSON"), ("Vell of the Dunes", "ORG")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Vell") != PLACE


def test_a_place_paired_in_a_body_read_elsewhere_stays_a_place(nlp: Language) -> None:
    """ "the seat of Kelbury Vale and Dunmore" beside "for Kelbury Vale and Dunmore"."""
    text = (
        "Parties chose candidates for Kelbury Vale and Dunmore last week. "
        "The area is covered by the Commons seat of Kelbury Vale and Dunmore."
    )
    labels = [("Kelbury Vale and Dunmore", "ORG"), ("Kelbury Vale", "GPE"), ("Dunmore", "GPE")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Kelbury Vale") != ORG
