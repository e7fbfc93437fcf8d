"""A noun for a man or a woman of a nation before a name ("Scotsman Jo Ames") is no part of
the name: the name is a person's."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PERSON
from tests.extract.conftest import labelled_kinds


def test_a_nationality_noun_read_into_a_body_names_a_person(nlp: Language) -> None:
    """ "Scotsman Mark Tarrow" read as a body: Mark Tarrow is a man, named without the noun."""
    text = "Behind the counter stands Scotsman Mark Tarrow. He runs the shop."
    kinds = labelled_kinds(nlp, text, [("Scotsman Mark Tarrow", "ORG")])
    assert kinds.get("Mark Tarrow") == PERSON
    assert "Scotsman Mark Tarrow" not in kinds


def test_a_nationality_noun_is_cut_from_a_person(nlp: Language) -> None:
    """ "Irishman Dan Kelloway" read as one person's name: the noun describes him."""
    text = "Behind the counter stands Irishman Dan Kelloway. He runs the shop."
    kinds = labelled_kinds(nlp, text, [("Irishman Dan Kelloway", "PERSON")])
    assert kinds.get("Dan Kelloway") == PERSON
    assert "Irishman Dan Kelloway" not in kinds


def test_a_name_ending_in_man_is_kept(nlp: Language) -> None:
    """ "Truman" ends in "man" but no nation's word opens it: the name stays whole."""
    text = "Bess Truman said the house was cold. Truman lived there for years."
    kinds = labelled_kinds(nlp, text, [("Bess Truman", "PERSON"), ("Truman", "PERSON")])
    assert kinds.get("Bess Truman") == PERSON
