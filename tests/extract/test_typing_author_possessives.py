"""A name before a possessive and a noun of a work is the work's maker, not a body."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_painter_before_his_painting_is_a_person(nlp: Language) -> None:
    """ "Anselm Rautio's painting" with the name read as a body: only people paint."""
    text = "Curators said Anselm Rautio's painting of a frozen lake had been restored."
    kinds = labelled_kinds(nlp, text, [("Anselm Rautio", "ORG")])
    assert kinds.get("Anselm Rautio") == "person"


def test_a_novelist_named_twice_before_her_novels_is_a_person(nlp: Language) -> None:
    """ "Tamsin Overy's novels" twice, each read as a body: only people write novels."""
    text = (
        "Readers queued for Tamsin Overy's first novel in 2009. "
        "Tamsin Overy's novels have since sold millions of copies."
    )
    kinds = labelled_kinds(nlp, text, [("Tamsin Overy", "ORG"), ("Tamsin Overy", "ORG")])
    assert kinds.get("Tamsin Overy") == "person"


def test_a_publisher_before_its_novel_stays_a_body(nlp: Language) -> None:
    """ "Harlow Books' latest novel": a word of a body's name keeps the body."""
    text = "Harlow Books' latest novel sold out within a week of its launch in Dublin."
    kinds = labelled_kinds(nlp, text, [("Harlow Books", "ORG")])
    assert kinds.get("Harlow Books") == "organization"
