"""A body's noun that takes up a name the model read as a body keeps it a body."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from generator.extract.mentions import ORG
from tests.extract.conftest import labelled


@pytest.mark.parametrize(
    ("text", "label", "kind"),
    [
        # The bank's chief takes up a full name the model read as a body.
        ("Harlow Penn said profits rose. The bank's chief said trading was strong.", "ORG", ORG),
        # The firm as a subject does too.
        ("Harlow Penn said profits rose. The firm said trading was strong.", "ORG", ORG),
        # A name the model read as a person's keeps it: "the firm" may be hers.
        ("Harlow Penn quit on Monday. The firm said she would be missed.", "PERSON", PERSON),
    ],
)
def test_body_nouns_take_up_bodies(nlp: Language, text: str, label: str, kind: str) -> None:
    """ "The bank's" or "the firm" after a full name the model called a body keeps it one."""
    doc = labelled(nlp, text, [("Harlow Penn", label)])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Harlow Penn") == kind
