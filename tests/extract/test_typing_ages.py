"""An age set off after a full name says the name is a person's."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled


def test_a_year_old_after_a_name_makes_a_person(nlp: Language) -> None:
    """ "Orla Penhallow, a 38-year-old from Kelby" gives an age, which only a person has."""
    text = "Orla Penhallow, a 38-year-old from Kelby, won the cake contest on Sunday."
    kinds = {
        e.name: e.kind for e in extract_entities(labelled(nlp, text, [("Orla Penhallow", "ORG")]))
    }
    assert kinds.get("Orla Penhallow") == PERSON


def test_an_age_ending_a_line_makes_a_person(nlp: Language) -> None:
    """ "Orla Penhallow, 38" on a line of its own, as a list of judges is set, gives an age."""
    text = "Our judges\n\nOrla Penhallow, 38\n\nShe has judged the cake contest since 2015."
    kinds = {
        e.name: e.kind for e in extract_entities(labelled(nlp, text, [("Orla Penhallow", "ORG")]))
    }
    assert kinds.get("Orla Penhallow") == PERSON
