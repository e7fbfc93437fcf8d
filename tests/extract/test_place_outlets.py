"""A name that hears, prints or commissions what is said is an outlet, not a place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import ORG, PLACE
from tests.extract.conftest import labelled_kinds


def test_the_one_a_death_is_confirmed_to_is_an_outlet(nlp: Language) -> None:
    """'confirmed to Dornwick Live' read as a place: a news site heard it."""
    text = "Harriet Quillby died on Monday, her brother confirmed to Dornwick Live."
    labels = [("Harriet Quillby", "PERSON"), ("Dornwick Live", "LOC")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Dornwick Live") != PLACE


def test_the_agent_of_reported_is_an_outlet(nlp: Language) -> None:
    """'was reported by The Quillbury Star' read as a place: the paper printed it."""
    text = "The leaked memo was first reported by The Quillbury Star last week."
    kinds = labelled_kinds(nlp, text, [("Quillbury Star", "LOC")])
    assert kinds.get("Quillbury Star") != PLACE


def test_the_paper_an_interview_is_for_is_an_outlet(nlp: Language) -> None:
    """'an interview with a singer for Glimmerly' read as a place: a magazine."""
    text = "Harriet Quillby gave an interview to the singer Jo Vane for Glimmerly last month."
    labels = [("Harriet Quillby", "PERSON"), ("Jo Vane", "PERSON"), ("Glimmerly", "GPE")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Glimmerly") == ORG
