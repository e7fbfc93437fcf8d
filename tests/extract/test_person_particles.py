"""A title before a name with particles inside ("Sheriff Kent van der Haar") is cut off."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PERSON


def test_a_title_before_a_name_with_particles_is_no_part_of_it(nlp: Language) -> None:
    """ "Sheriff Kent van der Haar told reporters": the person is "Kent van der Haar"."""
    text = (
        '"We believe this fire was started intentionally," Sheriff Kent van der Haar '
        "told reporters."
    )
    people = {e.name for e in extract_entities(nlp(text)) if e.kind == PERSON}
    assert people == {"Kent van der Haar"}
