"""A name whose kin the text names through a possessive is a person's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_given_name_votes import labelled_kinds


def test_kin_described_after_the_possessive_make_a_person(nlp: Language) -> None:
    """ "Kesia Marrable's heartbroken aunt": an adjective between the name and the kin."""
    text = "Kesia Marrable's heartbroken aunt said the family would never recover."
    kinds = labelled_kinds(nlp, text, [("Kesia Marrable", "ORG")])
    assert kinds.get("Kesia Marrable") == "person"
