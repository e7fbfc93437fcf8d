"""A paper's or a body's name the model cut short of its last proper noun, read whole."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_organizations


def test_a_proper_noun_ending_the_capitals_after_a_body_is_its_name(nlp: Language) -> None:
    """'the Tarnport Evening' read as a body, then 'Gazette' in no entity: one paper."""
    text = "“The new rates are far too high,” wrote the Tarnport Evening Gazette on Monday."
    labels = [("the Tarnport Evening", "ORG"), ("Monday", "DATE")]
    found = labelled_organizations(nlp, text, labels)
    assert "Tarnport Evening Gazette" in found
