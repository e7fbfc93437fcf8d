"""A name before "star" and an actor's name is the work that made the actor known, though the
model read the actor as a body."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_the_name_before_star_and_a_given_named_body_is_a_work(nlp: Language) -> None:
    """ "X star Y", Y read as a body but opening on a given name: X is Y's film."""
    text = "Tilda Marrow star Martin Castell said the sequel would start filming in June."
    kinds = labelled_kinds(nlp, text, [("Tilda Marrow", "PERSON"), ("Martin Castell", "ORG")])
    assert kinds.get("Tilda Marrow") != "person"


def test_the_name_before_star_and_a_body_stays_a_person(nlp: Language) -> None:
    """ "X star Y", Y a body with no given name: nothing says X is a work."""
    text = "Tilda Marrow star Kelby Rovers said the sequel would start filming in June."
    kinds = labelled_kinds(nlp, text, [("Tilda Marrow", "PERSON"), ("Kelby Rovers", "ORG")])
    assert kinds.get("Tilda Marrow") == "person"
