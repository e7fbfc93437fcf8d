"""Ranks of the forces that are also common words ("Corporal", "Private") are titles
before a given name and surname."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_rank_before_given_name_is_the_title(nlp: Language) -> None:
    """ "Lance Corporal Ryan Holm": the whole rank, opener and all, is the role."""
    text = "Lance Corporal Ryan Holm, 24, was pronounced dead at the range on Tuesday."
    assert (roles_in(nlp, text)["Ryan Holm"] or "").startswith("Lance Corporal")


def test_private_before_given_name_is_the_title(nlp: Language) -> None:
    """ "Private Tom Ames": a soldier's rank."""
    text = "Private Tom Ames said the patrol had come under fire near the bridge."
    assert roles_in(nlp, text)["Tom Ames"] == "Private"
