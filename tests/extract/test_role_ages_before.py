"""An age written before a name ("24-year-old Jo Ames") is kept with the role, and does not
hide a description set off before it ("his neighbour, 24-year-old Jo Ames,")."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_description_before_an_aged_name_is_the_role(nlp: Language) -> None:
    """ "his neighbour, 24-year-old Tom Garvey,": Garvey is the neighbour, aged 24."""
    text = "The flat was searched after his neighbour, 24-year-old Tom Garvey, was arrested."
    assert roles_in(nlp, text)["Tom Garvey"] == "neighbour, 24"


def test_an_aged_name_at_a_sentence_end_takes_the_description(nlp: Language) -> None:
    """ "belongs to her uncle, 61-year-old Peter Lasko.": the uncle, aged 61."""
    text = "The house on the hill belongs to her uncle, 61-year-old Peter Lasko."
    assert roles_in(nlp, text)["Peter Lasko"] == "uncle, 61"


def test_an_age_before_a_titled_name_joins_the_title(nlp: Language) -> None:
    """ "the beating of 53-year-old Ed Vane, a local coach": the age goes with the role."""
    text = "Police charged a teenager over the beating of 53-year-old Ed Vane, a local coach."
    assert roles_in(nlp, text)["Ed Vane"] == "local coach, 53"
