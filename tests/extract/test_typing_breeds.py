"""A one-word name right before an animal's noun is a breed's or a species' word."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_species_word_before_tigers_is_no_body(nlp: Language) -> None:
    """ "a pair of Brannoch tigers" read as a body is the tigers' kind, not a body."""
    text = "The wildlife park in the hills also keeps a pair of Brannoch tigers and two owls."
    kinds = labelled_kinds(nlp, text, [("Brannoch", "ORG")])
    assert "Brannoch" not in kinds


def test_listed_breed_words_before_puppies_are_no_bodies(nlp: Language) -> None:
    """Both words of "Tolvane and Merrow puppies" are breeds."""
    text = "Sales of Tolvane and Merrow puppies rose by a third last year, breeders reported."
    kinds = labelled_kinds(nlp, text, [("Tolvane", "ORG"), ("Merrow", "ORG")])
    assert "Tolvane" not in kinds
    assert "Merrow" not in kinds


def test_a_seller_named_again_stays_a_body(nlp: Language) -> None:
    """A name that also stands on its own elsewhere keeps its kind."""
    text = "Packs of Brannoch lamb and Brannoch pig trotters were recalled. Brannoch said sorry."
    forms = [("Brannoch", "ORG"), ("Brannoch", "ORG"), ("Brannoch", "ORG")]
    assert labelled_kinds(nlp, text, forms).get("Brannoch") == "organization"
