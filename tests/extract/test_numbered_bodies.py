"""A broadcaster's number is part of its name; a score run into a team's name is not."""

from __future__ import annotations

from generator.extract.entities import mentions_of
from generator.extract.lexicon import lexicon
from generator.extract.mentions import classify
from generator.extract.nlp import load_nlp


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in mentions_of(load_nlp()(text))]


def test_a_broadcaster_named_with_a_number_is_an_organization() -> None:
    """ "Channel 4" is a body: its number does not make it a non-name."""
    names = _names("The film will be shown on Channel 4 next month.")
    assert ("Channel 4", "organization") in names


def test_a_score_run_into_a_team_name_is_cut_off() -> None:
    """ "beat Kelby 2-1": the model ran the score into the team's name; the team is named."""
    names = _names("Arsenal came from behind to beat Chelsea 2-1 at home on Sunday.")
    assert ("Chelsea", "organization") in names
    assert not any(any(c.isdigit() for c in text) for text, _ in names)


def test_a_team_and_its_score_are_no_numbered_body() -> None:
    """Only a broadcaster numbers its name: "Kelby 2" is a team and a score."""
    doc = load_nlp()("Kelby 2 Tarnley 1")
    span = doc[0:2]
    span.label_ = "ORG"
    assert classify(span, lexicon()) == []
