"""A generation's label is no person, though its "Gen" looks like a general's title."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import person_labelled_kinds


def test_members_of_a_generation_are_no_person(nlp: Language) -> None:
    """ "Many Gen Zers now rent in small towns": members of a generation, not General Zers."""
    text = "Many Gen Zers now rent in small towns, said Orla Pendry, a demographer."
    kinds = person_labelled_kinds(nlp, text, ["Zers", "Orla Pendry"])
    assert kinds.get("Zers") != PERSON
    assert kinds.get("Orla Pendry") == PERSON


def test_a_general_after_gen_stays_a_person(nlp: Language) -> None:
    """ "Gen Marrick Toller said": a general's title before a full name."""
    text = "Gen Marrick Toller said the troops would stay until the spring."
    kinds = person_labelled_kinds(nlp, text, ["Marrick Toller"])
    assert kinds.get("Marrick Toller") == PERSON
