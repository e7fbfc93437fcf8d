"""A name the model alone calls a place is no place when it names what an inquiry, a deal or
an illness is about: "the Hollins inquiry", "because of Tarxit"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PLACE, extract_entities
from tests.extract.conftest import labelled


def _places(nlp: Language, text: str, labels: list[tuple[str, str]]) -> list[str]:
    return [e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == PLACE]


def test_an_inquiry_named_after_a_judge_is_no_place(nlp: Language) -> None:
    """ "gave evidence to the Hollins inquiry": an inquiry, no town."""
    text = "The minister gave evidence to the Hollins inquiry on Monday."
    assert _places(nlp, text, [("Hollins", "GPE")]) == []


def test_a_policy_after_words_of_cause_is_no_place(nlp: Language) -> None:
    """ "because of Tarxit", "since Tarxit": a cause and a time, no town."""
    text = "Exports fell because of Tarxit. Since Tarxit, costs have risen."
    assert _places(nlp, text, [("Tarxit", "GPE"), ("Tarxit", "GPE")]) == []


def test_an_unknown_town_with_a_council_stays_a_place(nlp: Language) -> None:
    """ "the Vellmouth council ... in Vellmouth": a council is no matter, so a town."""
    text = "The Vellmouth council met on Monday. Flooding hit homes in Vellmouth."
    assert _places(nlp, text, [("Vellmouth", "GPE"), ("Vellmouth", "GPE")]) == ["Vellmouth"]
