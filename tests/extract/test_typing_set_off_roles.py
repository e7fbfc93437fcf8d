"""Roles and ages set off after a name that the model read as a body make it a person's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from generator.extract.mentions import ORG
from tests.extract.conftest import labelled


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A former editor is a person, whatever the model read.
        ("Tam Okoro, former editor of the weekly, left the court on Friday.", "Tam Okoro", PERSON),
        # A chief executive too.
        ("Tam Okoro, chief executive of the bank, left on Friday.", "Tam Okoro", PERSON),
        # An age a wire writes with a space.
        ("Tam Okoro, a 52 year-old builder, left the court on Friday.", "Tam Okoro", PERSON),
        # A title hyphened onto another makes one name a person's too.
        ("Quillan, the singer-songwriter, has announced a tour.", "Quillan", PERSON),
        # A role bodies hold too says nothing: a fund manager may be a firm.
        ("Tam Okoro, the fund manager, sold its stake on Friday.", "Tam Okoro", ORG),
    ],
)
def test_set_off_roles(nlp: Language, text: str, name: str, kind: str) -> None:
    """A person's role or age set off after a full name outweighs the model's body."""
    doc = labelled(nlp, text, [(name, "ORG")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get(name) == kind
