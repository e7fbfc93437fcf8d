"""A person's name that the model ran a date into across a spaced dash is a person's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_name_after_a_dash_inside_a_date_is_a_person(nlp: Language) -> None:
    """'January - Richard Belwin' read as one date: Richard Belwin is a person."""
    text = "Two men freed in January - Richard Belwin and Osric Tegg - have also received letters."
    labels = [("January - Richard Belwin", "DATE"), ("Osric Tegg", "PERSON")]
    assert labelled_kinds(nlp, text, labels) == {
        "Richard Belwin": "person",
        "Osric Tegg": "person",
    }


def test_words_after_a_dash_in_a_date_without_a_given_name_stay_out(nlp: Language) -> None:
    """'May - Harbour Street' read as one date opens on no given name: no person comes of it."""
    text = "The market reopened in May - Harbour Street was closed for a week."
    names = labelled_kinds(nlp, text, [("May - Harbour Street", "DATE")])
    assert "Harbour Street" not in names or names["Harbour Street"] != "person"
