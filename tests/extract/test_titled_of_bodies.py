"""A titled person and the body after "of", read by the model as one organization."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_doctor_of_a_body_is_a_person_and_the_body(nlp: Language) -> None:
    """'said Dr Ffion Rees of Selby Health Trust' read as one body: a person and a body."""
    text = "'Cases are rising,' said Dr Ffion Rees of Selby Health Trust on Monday."
    assert labelled_kinds(nlp, text, [("Dr Ffion Rees of Selby Health Trust", "ORG")]) == {
        "Ffion Rees": "person",
        "Selby Health Trust": "organization",
    }


def test_a_peer_of_a_place_is_left_as_read(nlp: Language) -> None:
    """'Lord Hale of Scotland': a peer's title names a place, so the span is not cut."""
    text = "The bill was tabled by Lord Hale of Scotland last week."
    names = list(labelled_kinds(nlp, text, [("Lord Hale of Scotland", "ORG")]))
    assert "Hale" not in names and "Scotland" not in names
