"""A name set beside a noun for a work on sale is no person: "its own title, Dune Riders",
"the bestseller Moss Lane"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The studio said its own title, Dune Riders, would ship in March.", "Dune Riders"),
        ("Sales of the bestseller Moss Lane doubled after the prize.", "Moss Lane"),
    ],
)
def test_a_name_beside_a_title_or_bestseller_is_no_person(
    nlp: Language, text: str, name: str
) -> None:
    """The model calls the name a person; the noun beside it says a work."""
    doc = labelled(nlp, text, [(name, "PERSON")])
    assert all(e.kind != PERSON for e in extract_entities(doc) if e.name == name)


def test_a_person_who_wins_a_title_stays_a_person(nlp: Language) -> None:
    """ "Jo Ames won the title": the noun after the verb says nothing of the name."""
    text = "Jo Ames won the title in 2019. Ames said she would defend it."
    doc = labelled(nlp, text, [("Jo Ames", "PERSON"), ("Ames", "PERSON")])
    assert [e.name for e in extract_entities(doc) if e.kind == PERSON] == ["Jo Ames"]
