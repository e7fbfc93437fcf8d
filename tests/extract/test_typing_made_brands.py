"""A brand named like a person that a firm makes or sells is no person."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_brand_a_firm_makes_is_no_person(nlp: Language) -> None:
    """ "Velmont, which makes Rory Castell whisky," with the brand read as a person."""
    text = "Velmont, which makes Rory Castell whisky, said its sales had doubled."
    kinds = labelled_kinds(nlp, text, [("Velmont", "ORG"), ("Rory Castell", "PERSON")])
    assert kinds.get("Rory Castell") != "person"


def test_a_person_a_firm_made_its_boss_stays_a_person(nlp: Language) -> None:
    """ "Velmont made Rory Castell its chief executive": a person the firm appointed."""
    text = "Velmont made Rory Castell its chief executive. Mr Castell, 52, came from a bank."
    labels = [("Velmont", "ORG"), ("Rory Castell", "PERSON"), ("Castell", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Rory Castell") == "person"


def test_a_brand_made_by_a_name_with_a_which_clause_is_no_person(nlp: Language) -> None:
    """A maker set off by "which" is a body, so the brand it makes is no person."""
    text = "Dunstable, which was set up in 1902, makes Rory Castell ale and pear juice."
    labels = [("Dunstable", "GPE"), ("Rory Castell", "PERSON")]
    assert labelled_kinds(nlp, text, labels).get("Rory Castell") != "person"
