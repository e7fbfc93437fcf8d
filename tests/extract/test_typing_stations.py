"""A name that opens with "Radio" or ends in "FM" is a station's, a body."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import ORG, extract_entities
from tests.extract.conftest import labelled


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Radio Corrabeg presenter Jo Dunmore was taken off air on Monday.", "Radio Corrabeg"),
        ("Radio 7 presenter Jo Dunmore was taken off air on Monday.", "Radio 7"),
        ("Corrabeg FM presenter Jo Dunmore was taken off air on Monday.", "Corrabeg FM"),
    ],
)
def test_a_station_beside_its_presenter_is_a_body(nlp: Language, text: str, name: str) -> None:
    """ "Radio Corrabeg presenter Jo Dunmore": the station, not a show's title."""
    doc = labelled(nlp, text, [(name, "ORG"), ("Jo Dunmore", "PERSON")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get(name) == ORG


def test_radio_left_outside_the_name_joins_it(nlp: Language) -> None:
    """ "Radio" + the model's "Corrabeg": the station "Radio Corrabeg", no town alone."""
    text = "Radio Corrabeg said it would broadcast the match live."
    doc = labelled(nlp, text, [("Corrabeg", "GPE")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Radio Corrabeg") == ORG
    assert "Corrabeg" not in kinds
