"""A name something happens during is an event's, not a place's."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled_kinds


def test_a_fire_homes_burned_during_is_no_place(nlp: Language) -> None:
    """'during the Velby Ridge Fire' read as a facility: an event, not where it was."""
    text = (
        "Forty homes in Dornwick burned during the Velby Ridge Fire, Harriet Quillby said. "
        "Crews fought the Velby Ridge Fire for a week."
    )
    labels = [("Dornwick", "GPE"), ("Velby Ridge Fire", "FAC"), ("Harriet Quillby", "PERSON")]
    labels += [("Velby Ridge Fire", "FAC")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Velby Ridge Fire") != PLACE
