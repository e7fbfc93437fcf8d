"""An occupation of the arts or of sport written capitalised before a name is a description,
not part of the name: "Rapper Vexo" is Vexo, a rapper."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled


@pytest.mark.parametrize(
    ("text", "form", "name"),
    [
        ("Rapper Vexo topped the chart with his third album.", "Rapper Vexo", "Vexo"),
        ("Guitarist Ann Vell left the band in May.", "Guitarist Ann Vell", "Ann Vell"),
        ("Frontman Tom Ames thanked the crowd.", "Frontman Tom Ames", "Tom Ames"),
    ],
)
def test_an_occupation_before_a_name_is_not_part_of_it(
    nlp: Language, text: str, form: str, name: str
) -> None:
    """The model's span runs the occupation into the name; the person is the name alone."""
    doc = labelled(nlp, text, [(form, "PERSON")])
    assert [e.name for e in extract_entities(doc) if e.kind == PERSON] == [name]
