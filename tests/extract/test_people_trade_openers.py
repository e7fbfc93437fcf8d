"""A sentence's first word before a given name is the writer's word for the person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PERSON


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Churchwarden Ann Vell said the roof would be repaired by May.", "Ann Vell"),
        ("Mary Ann Vell said the roof would be repaired by May.", "Mary Ann Vell"),
    ],
)
def test_a_word_before_a_given_name_is_no_part_of_the_name(
    nlp: Language, text: str, person: str
) -> None:
    """ "Churchwarden Ann Vell" is Ann Vell; a given name first ("Mary Ann Vell") stays."""
    people = {e.name for e in extract_entities(nlp(text)) if e.kind == PERSON}
    assert people == {person}
