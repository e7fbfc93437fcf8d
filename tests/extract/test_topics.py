"""Topics: IPTC top-level topics chosen by keyword evidence that a test can show."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.extract import extract
from generator.extract.lexicon import load_data
from generator.extract.topics import topic_evidence, topics_for
from generator.seeds import read_seed
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


def test_a_short_story_counts_its_headline(tmp_path: Path) -> None:
    """A short story whose text names its topic twice gets it from the headline's words too."""
    body = (
        "A man who took savings from pensioners was jailed for six years on Friday.\n\n"
        "Tom Vale, 52, ran a fake investment club from his home in Kelby.\n\n"
        "Judge Ann Dart said he had shown no remorse.\n"
    )
    path = tmp_path / "story.txt"
    path.write_text("Court jails fraudster who targeted pensioners\n\n" + body, "utf-8")
    assert topics_for(body) == []
    assert extract([read_seed(path, tmp_path)[0]])[0]["topics"] == ["crime, law and justice"]


def test_offices_of_state_and_local_politics_are_politics() -> None:
    """Senators, governors, nominees, mayors and councils are politics' words."""
    text = (
        "The senator said she would block the nominee. The governor and the mayor backed "
        "him, and the city council voted to support the nomination."
    )
    assert topics_for(text) == ["politics"]


def test_a_stem_does_not_take_words_it_only_begins() -> None:
    """Words a stem only begins ("Electricity", "Churchill", "taxi") are no evidence of a topic."""
    # "Electricity", "Churchill", "taxi", "sector" and "familiar" are no evidence of politics,
    # religion, economy or society.
    text = "Electricity prices for the taxi sector rose, a familiar story since Churchill's day."
    evidence = topic_evidence(text)
    assert "politics" not in evidence and "religion" not in evidence
    assert "society" not in evidence
    assert "taxi" not in evidence.get("economy, business and finance", {})


def test_thefts_and_robberies_are_crime() -> None:
    """Stolen goods, thieves, burglars and robbers are crime's words, with no police or court."""
    text = (
        "Thieves broke into a farm shop overnight. Cheese and cider were stolen, and the "
        "owner said it was the third burglary this year after a robbery in May."
    )
    assert topics_for(text) == ["crime, law and justice"]


def test_a_road_collision_is_an_accident_and_a_fine_is_justice() -> None:
    """A car that "collided with" a lorry is an accident; a firm "fined" £2m is justice."""
    crash = "A car collided with a lorry. The collision closed the road. A crash team came."
    fine = (
        "The firm was fined £2m. It admitted breaking the law. The court heard it had been warned."
    )
    assert topics_for(crash) == ["disaster, accident and emergency incident"]
    assert topics_for(fine) == ["crime, law and justice"]


def test_a_takeover_of_a_chipmaker_is_business_and_technology() -> None:
    """A bid for a rival, shareholders and a merger are business; a chipmaker is technology."""
    text = (
        "A chipmaker is in talks to acquire a rival semiconductor firm. The merger would "
        "need shareholders to agree, and the semiconductor industry expects more deals."
    )
    assert set(topics_for(text)) == {"economy, business and finance", "science and technology"}


def test_a_person_named_like_a_topic_word_gives_no_evidence(tmp_path: Path) -> None:
    """A press secretary called Frost and a deputy called Rainey give no weather topic."""
    body = (
        "White House press secretary Amy Frost will leave her post next month, the president "
        "said on Friday.\n\n"
        "Frost, 51, joined the White House in 2019. The president praised Frost's work and said "
        "Frost had served the administration well.\n\n"
        '"It has been an honour," Frost told reporters. Frost said she would spend time with '
        "her family.\n\n"
        "Frost's deputy, Ben Rainey, will take over the briefings. Rainey, a former aide to "
        "the governor, said Rainey's first job was to reassure the White House press corps.\n"
    )
    path = tmp_path / "story.txt"
    path.write_text("Press secretary to leave White House\n\n" + body, "utf-8")
    assert "weather" in topics_for(body)
    assert extract([read_seed(path, tmp_path)[0]])[0]["topics"] == ["politics"]


def test_a_possessive_counts_as_its_word() -> None:
    """A possessive counts under its word: "the minister's" as "minister"."""
    text = (
        "The minister's plan for the hospital's new ward was backed by the nurses' union. "
        "The hospital's doctors said the minister's budget would pay for the patients' care."
    )
    assert topic_evidence(text)["politics"] == {"minister": 2}
    assert topic_evidence(text)["health"]["hospital"] == 2
