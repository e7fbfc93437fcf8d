"""A person's name that the model ran a date into across a spaced dash is a person's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_name_after_a_dash_inside_a_date_is_a_person(nlp: Language) -> None:
    """'March - Thomas Quillan' read as one date: Thomas Quillan is a person."""
    text = "Two sailors rescued in March - Thomas Quillan and Osric Venn - were honoured."
    labels = [("March - Thomas Quillan", "DATE"), ("Osric Venn", "PERSON")]
    assert labelled_kinds(nlp, text, labels) == {
        "Thomas Quillan": "person",
        "Osric Venn": "person",
    }


def test_words_after_a_dash_in_a_date_without_a_given_name_stay_out(nlp: Language) -> None:
    """'May - Harbour Street' read as one date opens on no given name: no person comes of it."""
    text = "The market reopened in May - Harbour Street was closed for a week."
    names = labelled_kinds(nlp, text, [("May - Harbour Street", "DATE")])
    assert "Harbour Street" not in names or names["Harbour Street"] != "person"
