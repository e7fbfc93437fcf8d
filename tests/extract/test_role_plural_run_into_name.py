"""A plural title the model ran into the first listed name still titles the whole list."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_plural_title_in_capitals_before_two_names(nlp: Language) -> None:
    """ "Labour MPs Dan Oake and Sue Venn": the second is a Labour MP too."""
    roles = roles_in(nlp, "Labour MPs Dan Oake and Sue Venn signed it.")
    assert roles["Sue Venn"] == "Labour MP"


def test_plural_title_opening_a_sentence(nlp: Language) -> None:
    """ "Nurses Amy Tull and Kay Brent": each listed name is a nurse."""
    roles = roles_in(nlp, "Nurses Amy Tull and Kay Brent were praised by the ward.")
    assert roles["Kay Brent"] == "Nurse"
