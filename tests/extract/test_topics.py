"""Topics: IPTC top-level topics chosen by keyword evidence that a test can show."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.extract.lexicon import load_data
from generator.extract.topics import topic_evidence, topics_for
from generator.vocabulary import TOPICS
from tests.extract.conftest import FIXTURES

Record = Callable[[str], dict[str, Any]]


def test_sport_story_is_sport_because_of_its_words() -> None:
    """A match report is "sport": football, coach, match, stadium... are the evidence."""
    text = (FIXTURES / "topic_sport.txt").read_text("utf-8")
    assert topics_for(text)[0] == "sport"
    evidence = topic_evidence(text)["sport"]
    assert {"football", "coach", "match", "stadium", "tournament"} <= set(evidence)


def test_oil_story_is_economy_because_of_its_words() -> None:
    """An OPEC output story is "economy, business and finance": oil, prices, inflation..."""
    text = (FIXTURES / "topic_economy.txt").read_text("utf-8")
    assert topics_for(text) == ["economy, business and finance"]
    evidence = topic_evidence(text)["economy, business and finance"]
    assert {"oil", "prices", "inflation", "opec", "crude"} <= set(evidence)


def test_sample_is_politics_and_conflict(sample: dict[str, Any]) -> None:
    """The sample (ministers, IS, security) is about politics and conflict."""
    assert {"politics", "conflict, war and peace"} <= set(sample["topics"])


def test_front_matter_topics_win(record_of: Record) -> None:
    """Topics given in front matter are used as given."""
    assert record_of("front_matter.md")["topics"] == ["environment", "politics"]


def test_no_evidence_no_topic() -> None:
    """A text without topic words gets no topic rather than a guess."""
    assert topics_for((FIXTURES / "neutral.txt").read_text("utf-8")) == []


def test_topic_lists_name_vocabulary_topics_only() -> None:
    """Every topic in the keyword file is a topic of the controlled vocabulary."""
    assert set(load_data("topics.yaml")) <= set(TOPICS)
