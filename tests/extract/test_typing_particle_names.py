"""A given name, a lower-case particle and a surname name a person, as a given name and a
surname do, when only the model reads them as a body."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import labelled_kinds


def test_a_given_name_with_a_particle_read_as_a_body_is_a_person(nlp: Language) -> None:
    """ "Simone de Varenne" read as an organization is a woman's name."""
    text = "The essay borrows its whole argument from Simone de Varenne, and says so plainly."
    kinds = labelled_kinds(nlp, text, [("Simone de Varenne", "ORG")])
    assert kinds.get("Simone de Varenne") == PERSON


def test_two_particles_may_stand_before_the_surname(nlp: Language) -> None:
    """ "Peter van der Roke" read as an organization is a man's name."""
    text = "Critics compared the young painter to Peter van der Roke in their reviews."
    kinds = labelled_kinds(nlp, text, [("Peter van der Roke", "ORG")])
    assert kinds.get("Peter van der Roke") == PERSON


def test_a_particle_name_ending_in_a_body_word_stays_a_body(nlp: Language) -> None:
    """ "Simone de Varenne Group" ends in a body's word: the model's reading stands."""
    text = "The essay was published by Simone de Varenne Group in the spring."
    kinds = labelled_kinds(nlp, text, [("Simone de Varenne Group", "ORG")])
    assert kinds.get("Simone de Varenne Group") != PERSON
