"""The first name of a list of people the model left out: "The trio - A, B and C - were"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_dashed_list_of_people_keeps_its_first_name(nlp: Language) -> None:
    """'The trio - Maren Holtby, Orrin Tapsell and Dagny Vell -' with the first untagged."""
    text = "The trio - Maren Holtby, Orrin Tapsell and Dagny Vell - were held at the port."
    labels = [("Orrin Tapsell", "PERSON"), ("Dagny Vell", "PERSON")]
    assert labelled_kinds(nlp, text, labels) == {
        "Maren Holtby": "person",
        "Orrin Tapsell": "person",
        "Dagny Vell": "person",
    }


def test_a_list_after_a_colon_keeps_its_first_name(nlp: Language) -> None:
    """'The shortlist: Edris Vantome, Pell Okoro and Juno Farrant.' with the first untagged."""
    text = "The judges named the shortlist: Edris Vantome, Pell Okoro and Juno Farrant."
    labels = [("Pell Okoro", "PERSON"), ("Juno Farrant", "PERSON")]
    assert "Edris Vantome" in labelled_kinds(nlp, text, labels)


def test_a_clause_before_a_comma_opens_no_list(nlp: Language) -> None:
    """'In Kelby Vale, Orrin Tapsell and Dagny Vell said': the words before are no name."""
    text = "At Kelby Vale, Orrin Tapsell and Dagny Vell said the road was shut."
    labels = [("Orrin Tapsell", "PERSON"), ("Dagny Vell", "PERSON")]
    assert "Kelby Vale" not in labelled_kinds(nlp, text, labels)


def test_a_body_at_the_head_of_a_list_is_no_person(nlp: Language) -> None:
    """'- Kelby Council, Orrin Tapsell and Dagny Vell -': a body's word ends the first name."""
    text = "Three parties - Kelby Council, Orrin Tapsell and Dagny Vell - signed the deal."
    labels = [("Orrin Tapsell", "PERSON"), ("Dagny Vell", "PERSON")]
    assert labelled_kinds(nlp, text, labels).get("Kelby Council") != "person"
