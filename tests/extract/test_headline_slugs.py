"""A wire headline's slug before a hyphen is no word of the first name: "Cricket-Kelby"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_sports_slug_is_cut_from_the_first_name(nlp: Language) -> None:
    """ "Cricket-Kelby Rovers beat Tarvik": the team is Kelby Rovers, not "Cricket-Kelby"."""
    kinds = entity_kinds(nlp, "Cricket-Kelby Rovers beat Tarvik by six wickets\n\nPlay ended.")
    assert "Kelby Rovers" in kinds
    assert not any(name.startswith("Cricket") for name in kinds)


def test_a_hyphened_name_opening_a_headline_is_kept(nlp: Language) -> None:
    """ "Marlow-Selby Holdings wins order": no slug word before the hyphen."""
    kinds = entity_kinds(nlp, "Marlow-Selby Holdings wins an engine order\n\nShares rose.")
    assert not any(name.startswith("Selby") for name in kinds)
