"""Two people's full names set side by side and read as one person are two people."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import labelled_kinds


def test_two_full_names_side_by_side_are_two_people(nlp: Language) -> None:
    """ "Harriet Quillby Tobias Marrow" without a comma: two given names open two names."""
    text = "Seen at the Dornwick fete were Harriet Quillby Tobias Marrow and their dogs."
    kinds = labelled_kinds(nlp, text, [("Harriet Quillby Tobias Marrow", "PERSON")])
    assert kinds.get("Harriet Quillby") == PERSON
    assert kinds.get("Tobias Marrow") == PERSON
    assert "Harriet Quillby Tobias Marrow" not in kinds
