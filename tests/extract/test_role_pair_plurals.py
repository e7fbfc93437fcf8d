"""A plural title before two names that share one surname is each one's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_plural_noun_before_a_pair_of_one_surname(nlp: Language) -> None:
    """ "sisters Dolly and Mary Pryce": each is a sister, the second too (of the first)."""
    text = "They demanded the release of two bombers, sisters Dolly and Mary Pryce, from jail."
    assert roles_in(nlp, text)["Mary Pryce"] == "sister of Dolly Pryce"
