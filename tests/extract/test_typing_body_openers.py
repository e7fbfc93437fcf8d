"""A name the model read with a noun of bodies in it ("Retailer Tarnstone") is a body's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import ORG, PERSON
from tests.extract.labelled_kinds import labelled_kinds

#: (text, the name as the model read it, its label, the kind it gets).
_CASES = [
    ("Retailer GameHaven said queues had formed.", "Retailer GameHaven", "ORG", ORG),
    ("Bookmaker Fennick said punters had backed the horse.", "Bookmaker Fennick", "PERSON", ORG),
    (
        "Streaming platform Tarnloop said sales doubled.",
        "Streaming platform Tarnloop",
        "WORK_OF_ART",
        ORG,
    ),
    # A job that bodies share leaves a person's name alone.
    ("Developer Owen Tasker said he was stunned.", "Developer Owen Tasker", "PERSON", PERSON),
]


@pytest.mark.parametrize(("text", "name", "label", "kind"), _CASES)
def test_an_opening_noun_of_bodies_makes_a_body(
    nlp: Language, text: str, name: str, label: str, kind: str
) -> None:
    """ "Retailer X said", "Bookmaker X said": the body noun says body, over the verb of saying."""
    kinds = labelled_kinds(nlp, text, [(name, label)])
    assert kind in kinds.values()
    assert PERSON not in kinds.values() or kind == PERSON


def test_a_lower_case_noun_of_bodies_inside_the_name(nlp: Language) -> None:
    """ "Streaming platform Tarnloop said" after a person's quote is a body, not a person."""
    text = (
        'Comedy podcast Tin Cups, hosted by Jas Malik, is second. Malik said: "We never '
        'expected this."\n\nStreaming platform Tarnloop said listening had doubled in a year.'
    )
    labels = [("Jas Malik", "PERSON"), ("Malik", "PERSON")]
    kinds = labelled_kinds(nlp, text, [*labels, ("Streaming platform Tarnloop", "WORK_OF_ART")])
    assert kinds.get("Streaming platform Tarnloop") == ORG
    assert kinds.get("Jas Malik") == PERSON


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Paper Lanterns topped the chart on Sunday.", "Paper Lanterns"),
        ("Her new single, Chain Lights, sold well.", "Chain Lights"),
    ],
)
def test_a_title_opening_with_a_noun_of_bodies(nlp: Language, text: str, name: str) -> None:
    """ "Paper Lanterns topped the chart": a work's title may open with a noun of bodies."""
    assert ORG not in labelled_kinds(nlp, text, [(name, "WORK_OF_ART")]).values()
