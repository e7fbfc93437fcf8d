"""A place's public service written in lower case, cut by the model to the place's name."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_town_fire_service_is_the_whole_phrase(nlp: Language) -> None:
    """'Pellworth' read as a body before 'fire service': the body is 'Pellworth fire service'."""
    text = "The Pellworth fire service sent three engines to the burning barn on Friday."
    kinds = labelled_kinds(nlp, text, [("Pellworth", "ORG"), ("Friday", "DATE")])
    assert kinds.get("Pellworth fire service") == "organization"
    assert "Pellworth" not in kinds


def test_a_coroner_office_keeps_its_possessive(nlp: Language) -> None:
    """'Marrowby' + "coroner's office": the body is the whole phrase with its possessive."""
    text = "The Marrowby coroner's office opened an inquest into the crash on Monday."
    kinds = labelled_kinds(nlp, text, [("Marrowby", "ORG"), ("Monday", "DATE")])
    assert kinds.get("Marrowby coroner's office") == "organization"
