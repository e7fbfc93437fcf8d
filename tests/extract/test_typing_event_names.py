"""A war's or a battle's name is an event's, never a body's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_war_read_as_a_body_is_dropped(nlp: Language) -> None:
    """ "the Tarnish War" read as an organization names a war, which is no body."""
    text = "Her grandfather fought in the Tarnish War and never spoke of it again, she said."
    assert "Tarnish War" not in labelled_kinds(nlp, text, [("Tarnish War", "ORG")])


def test_a_battle_of_a_place_read_as_a_body_is_dropped(nlp: Language) -> None:
    """ "the Battle of Kelby Ridge" read as an organization names a battle."""
    text = "Hundreds of soldiers died in the Battle of Kelby Ridge, which lasted nine days."
    labels = [("Battle of Kelby Ridge", "ORG")]
    assert "Battle of Kelby Ridge" not in labelled_kinds(nlp, text, labels)


def test_a_campaign_with_war_after_a_small_word_stays_a_body(nlp: Language) -> None:
    """ "Stop the War" has a small word before "War": a campaign's name, a body."""
    text = "The Stop the War group marched through the city on Saturday."
    assert labelled_kinds(nlp, text, [("Stop the War", "ORG")]).get("Stop the War") is not None
