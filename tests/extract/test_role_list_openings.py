"""A plural noun for people that opens a sentence before a list of names: the title is
each name's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_capitalised_plural_noun_opening_a_list(nlp: Language) -> None:
    """ "Neighbours Julie Tarn and Ben Thorley have ...": each is a neighbour."""
    roles = roles_in(nlp, "Neighbours Julie Tarn and Ben Thorley have set up a group.")
    assert roles["Julie Tarn"] == "Neighbour" and roles["Ben Thorley"] == "Neighbour"
