"""A hyphened word before a name that the text writes in lower case is no part of the name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import labelled_kinds


def test_a_compound_written_in_lower_case_elsewhere_is_cut(nlp: Language) -> None:
    """ "Euro-Sceptic Quillby" beside "the euro-sceptic wing": Quillby is the person."""
    text = (
        "Harriet Quillby has quit the Dornwick party. Euro-Sceptic Quillby told the rally "
        "that the vote was lost, and the euro-sceptic wing cheered."
    )
    labels = [("Harriet Quillby", "PERSON"), ("Euro-Sceptic Quillby", "ORG")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Harriet Quillby") == PERSON
    assert not any(name.startswith("Euro") for name in kinds)
