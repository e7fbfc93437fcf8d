"""Given names that news in English prints often from other languages mark a person's name
as the common English ones do."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import labelled_kinds


def test_a_russian_given_name_read_as_a_body_is_a_person(nlp: Language) -> None:
    """ "Irina Palkova" read as an organization is a woman's name."""
    text = "The prize was shared this year between Irina Palkova and a team from Norway."
    kinds = labelled_kinds(nlp, text, [("Irina Palkova", "ORG")])
    assert kinds.get("Irina Palkova") == PERSON


def test_a_japanese_given_name_read_as_a_body_is_a_person(nlp: Language) -> None:
    """ "Hiroshi Tanemura" read as an organization is a man's name."""
    text = "Critics compared the new novel to the early books of Hiroshi Tanemura."
    kinds = labelled_kinds(nlp, text, [("Hiroshi Tanemura", "ORG")])
    assert kinds.get("Hiroshi Tanemura") == PERSON
