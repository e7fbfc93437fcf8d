"""Person spans that touch are one name, unless the first owns the second by its "'s"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_possessive_read_into_a_person_span_keeps_the_person_after_it(nlp: Language) -> None:
    """ "Kelbrook Air's" + "Jonathan Marrow", both read as people, are not one name."""
    text = "Kelbrook Air's Jonathan Marrow said fares would fall in the spring."
    labels = [("Kelbrook Air's", "PERSON"), ("Jonathan Marrow", "PERSON")]
    assert labelled_kinds(nlp, text, labels).get("Jonathan Marrow") == "person"


def test_a_name_cut_in_two_is_still_joined(nlp: Language) -> None:
    """ "Mehran Tabeshi" + "Karimabadi", with no "'s" between, are one name."""
    text = "Mehran Tabeshi Karimabadi said the talks would resume."
    labels = [("Mehran Tabeshi", "PERSON"), ("Karimabadi", "PERSON")]
    assert "Mehran Tabeshi Karimabadi" in labelled_kinds(nlp, text, labels)
