"""A sentence's "New" before an office's title says its holder is new, not the body's name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import ORG

#: A headline, then a story whose sentences open with "New" before a title.
_HEADLINED = (
    "New Treasury chief pledges caution\n\nNew Transport Secretary Helen Marsh has promised "
    "a review of rail fares. She told reporters the plans would be published next month."
)


def _bodies(nlp: Language, text: str) -> set[str]:
    return {e.name for e in extract_entities(nlp(text)) if e.kind == ORG}


def test_new_before_a_police_chief_is_no_part_of_the_force(nlp: Language) -> None:
    """ "New Northshire Police Chief Constable Alan Brede": the force is "Northshire Police"."""
    text = "New Northshire Police Chief Constable Alan Brede said he would hire more officers."
    assert _bodies(nlp, text) == {"Northshire Police"}


def test_new_before_a_chief_in_a_headline_makes_no_body(nlp: Language) -> None:
    """ "New Treasury chief pledges caution": no body "New Treasury"."""
    assert "New Treasury" not in _bodies(nlp, _HEADLINED)


def test_a_place_named_new_keeps_its_word(nlp: Language) -> None:
    """ "New York Police Commissioner": "New York" is the place, so the force keeps it."""
    text = "New York Police Commissioner Dana Reyes said patrols would double this summer."
    assert "York Police" not in _bodies(nlp, text)


def test_a_party_named_new_keeps_its_word(nlp: Language) -> None:
    """ "New Democratic Party leader": parties are named "New", and keep the word."""
    text = "New Democratic Party leader Ruth Kane said the budget plan was overdue."
    assert "Democratic Party" not in _bodies(nlp, text)
