"""A body's untagged full name found by the initials the model read elsewhere."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, extract_entities
from tests.extract.conftest import labelled


def _bodies(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, list[str]]:
    found = extract_entities(labelled(nlp, text, labels))
    return {e.name: [m.text for m in e.mentions] for e in found if e.kind == ORG}


def test_untagged_words_spelling_the_initials_are_the_body(nlp: Language) -> None:
    """ "QMT" first, "Quiet Meadows Trust" untagged later: one body, named in full."""
    text = "QMT bought the farm in June. Quiet Meadows Trust, which owns six farms, plans a wood."
    bodies = _bodies(nlp, text, [("QMT", "ORG"), ("June", "DATE")])
    assert bodies.get("Quiet Meadows Trust") == ["QMT", "Quiet Meadows Trust"]


def test_small_words_between_are_skipped(nlp: Language) -> None:
    """ "Friends of the Welk Marshes" spells "FWM": "of the" stand in no initial."""
    text = "Members of FWM met on Friday. Friends of the Welk Marshes said the dyke would hold."
    bodies = _bodies(nlp, text, [("FWM", "ORG"), ("Friday", "DATE")])
    assert "Friends of the Welk Marshes" in bodies


def test_a_longer_run_of_capitals_spells_nothing(nlp: Language) -> None:
    """ "Upper Quiet Meadows Trust Fund": the initials spell part of a longer name only."""
    text = "QMT bought the farm. Upper Quiet Meadows Trust Fund was wound up in May."
    bodies = _bodies(nlp, text, [("QMT", "ORG"), ("May", "DATE")])
    assert "Quiet Meadows Trust" not in bodies
