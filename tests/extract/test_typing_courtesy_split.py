"""A courtesy title inside a body's name opens a person's name the model ran on into it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON, extract_entities
from tests.extract.conftest import labelled


def test_a_body_run_on_into_mr_splits(nlp: Language) -> None:
    """ "the Tarn Policy Forum Mr Ames said": the forum is a body, Mr Ames a person."""
    text = "Addressing the Tarn Policy Forum Mr Ames called the plan bold."
    doc = labelled(nlp, text, [("Tarn Policy Forum Mr Ames", "ORG")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Tarn Policy Forum") == ORG
    assert "Tarn Policy Forum Mr Ames" not in kinds
    assert any(kind == PERSON and "Ames" in name for name, kind in kinds.items())


def test_a_person_name_is_not_split(nlp: Language) -> None:
    """A person's span is left as it is."""
    text = "Ann Vell met Tom Ames at the quay."
    doc = labelled(nlp, text, [("Ann Vell", "PERSON"), ("Tom Ames", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Tom Ames") == PERSON


def test_two_people_read_as_a_body_are_not_split(nlp: Language) -> None:
    """ "Both Mr Ames and Mr Lee" is not cut into a body and one person."""
    # The first title is followed by no plain name.
    text = "Both Mr Ames and Mr Lee rose to fame in the same decade."
    doc = labelled(nlp, text, [("Both Mr Ames and Mr Lee", "ORG")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert "Lee" not in kinds
    assert "Mr Lee" not in kinds
    assert "Both Mr Ames and" not in kinds
