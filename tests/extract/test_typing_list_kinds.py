"""Lists of names, one the model reads as a person among bodies; the cast of a work."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON
from tests.extract.conftest import labelled_kinds


def test_a_lone_person_among_three_firms_is_a_firm(nlp: Language) -> None:
    """ "stakes in Zelco, Tarn Fellow, Brovia and Kestly": firms are listed with firms."""
    text = "The fund holds stakes in Zelco, Tarn Fellow, Brovia and Kestly."
    labels = [("Zelco", "ORG"), ("Tarn Fellow", "PERSON"), ("Brovia", "ORG"), ("Kestly", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("Tarn Fellow") == ORG


def test_a_person_beside_two_firms_stays(nlp: Language) -> None:
    """ "Zelco, Jo Ames and Brovia": two others are too few to say what a list is."""
    text = "The deal was signed by Zelco, Jo Ames and Brovia on Monday."
    labels = [("Zelco", "ORG"), ("Jo Ames", "PERSON"), ("Brovia", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("Jo Ames") == PERSON


def test_a_body_the_tables_know_counts_in_a_list(nlp: Language) -> None:
    """ "Zelco, the SNP and Tarn Fellow": a party the tables know says what a list is."""
    text = "Talks were held with Zelco, the SNP and Tarn Fellow on Monday."
    labels = [("Zelco", "ORG"), ("SNP", "ORG"), ("Tarn Fellow", "PERSON")]
    assert labelled_kinds(nlp, text, labels).get("Tarn Fellow") != PERSON


def test_a_person_beside_one_known_body_stays(nlp: Language) -> None:
    """ "Jo Ames and the SNP": of two, a person and a party are listed together too."""
    text = "The deal was backed by Jo Ames and the SNP on Monday."
    labels = [("Jo Ames", "PERSON"), ("SNP", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("Jo Ames") == PERSON


def test_the_cast_of_a_name_makes_it_a_work(nlp: Language) -> None:
    """ "The cast of Harry Dane includes Jo Ames": a film or a play has a cast."""
    text = "The cast of Harry Dane includes Jo Ames. Harry Dane opens on Friday."
    labels = [("Harry Dane", "PERSON"), ("Jo Ames", "PERSON"), ("Harry Dane", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Harry Dane") != PERSON
    assert kinds.get("Jo Ames") == PERSON


def test_a_place_by_its_last_word_counts_in_a_list(nlp: Language) -> None:
    """ "in Kelby County, Tarn Pueblo, Ashby and Morwen" lists places: "Tarn Pueblo" no person."""
    # A county no table knows still says that the list is of places.
    text = "Dead birds were found in Kelby County, Tarn Pueblo, Ashby and Morwen last week."
    labels = [("Kelby County", "GPE"), ("Tarn Pueblo", "PERSON"), ("Ashby", "ORG")]
    labels.append(("Morwen", "PERSON"))
    assert labelled_kinds(nlp, text, labels).get("Tarn Pueblo") != PERSON


def test_a_place_by_its_last_word_beside_one_person_says_nothing(nlp: Language) -> None:
    """ "Jo Ames and Kelby County": of two, a person may be listed with a place."""
    text = "The award went to Jo Ames and Kelby County on Monday."
    labels = [("Jo Ames", "PERSON"), ("Kelby County", "GPE")]
    assert labelled_kinds(nlp, text, labels).get("Jo Ames") == PERSON
