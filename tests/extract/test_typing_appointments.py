"""A name given a post by an "as" phrase is the post's holder, a person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON
from tests.extract.conftest import labelled_kinds


def test_a_name_appointed_as_a_director_is_a_person(nlp: Language) -> None:
    """ "has appointed Mirela Tosk as creative director": the model's body is a person."""
    text = "Fashion label Danby & Rowe has appointed Mirela Tosk as creative director."
    kinds = labelled_kinds(nlp, text, [("Danby & Rowe", "ORG"), ("Mirela Tosk", "ORG")])
    assert kinds.get("Mirela Tosk") == PERSON


def test_a_name_named_as_chief_executive_is_a_person(nlp: Language) -> None:
    """ "Mirela Tosk was named as chief executive": a passive post is a person's too."""
    text = "Mirela Tosk was named as chief executive of the chain on Monday."
    assert labelled_kinds(nlp, text, [("Mirela Tosk", "ORG")]).get("Mirela Tosk") == PERSON


def test_a_firm_appointed_as_adviser_stays_a_body(nlp: Language) -> None:
    """ "appointed Hale Brokers as its adviser": firms are advisers too."""
    text = "The retailer has appointed Hale Brokers as its adviser on the sale."
    assert labelled_kinds(nlp, text, [("Hale Brokers", "ORG")]).get("Hale Brokers") == ORG
