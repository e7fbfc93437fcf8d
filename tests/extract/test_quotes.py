"""Quotes: marks of both kinds, quotes over paragraphs, and speakers or None."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.extract.quotes import find_quotes

Record = Callable[[str], dict[str, Any]]


def test_curly_quotes_attributed_by_surname(record_of: Record) -> None:
    """Curly-quoted sentences after '..., Okafor said.' belong to Sara Okafor."""
    assert record_of("quotes_curly.txt")["quotes"] == [
        {"text": "This clinic will serve forty thousand people", "speaker": "Sara Okafor"},
        {"text": "Nobody should have to travel a day to see a doctor.", "speaker": "Sara Okafor"},
    ]


def test_straight_quote_speaker_carried_through_pronoun(record_of: Record) -> None:
    """'He said, "..."' after a sentence about Daniel Mbeki is Daniel Mbeki's."""
    quotes = record_of("quotes_straight_pronoun.txt")["quotes"]
    assert quotes[0] == {
        "text": "Workers deserve a fair wage and safe mines.",
        "speaker": "Daniel Mbeki",
    }


def test_names_inside_quotes_are_not_antecedents(record_of: Record) -> None:
    """'"... Dalton needs this," said Mbeki. "...," he added.' is Mbeki's, not Dalton's."""
    quotes = record_of("quotes_straight_pronoun.txt")["quotes"]
    assert [q["speaker"] for q in quotes[1:]] == ["Daniel Mbeki", "Daniel Mbeki"]


def test_quote_over_two_paragraphs_is_one_quote(record_of: Record) -> None:
    """An unclosed paragraph continued by an opening mark is one quote with one speaker."""
    quotes = record_of("quotes_multi_paragraph.txt")["quotes"]
    assert len(quotes) == 1
    assert quotes[0]["text"].startswith("We lost three bridges")
    assert quotes[0]["text"].endswith("we need help from the capital now")
    assert quotes[0]["speaker"] == "Lucia Ferreira"


def test_quote_without_speaker_is_none(record_of: Record) -> None:
    """A quote that no reporting verb introduces has speaker None."""
    assert record_of("quotes_unattributed.txt")["quotes"] == [
        {"text": "We have had no water for eleven days", "speaker": None},
    ]


def test_spokesman_is_not_his_principal(record_of: Record) -> None:
    """ "Mr Blair's official spokesman said" is not attributed to Tony Blair."""
    quotes = record_of("quotes_spokesman.txt")["quotes"]
    assert [q["speaker"] for q in quotes] == [None]


def test_scare_quotes_and_titles_are_not_quotations() -> None:
    """Quoted words shorter than four words (scare quotes, titles) are skipped."""
    text = 'He called it "good fun" in a film called "No More Mr Nasty".'
    assert find_quotes(text) == []


def test_a_new_opening_mark_inside_a_quote_continues_it() -> None:
    """BBC style '"What is it? "That if ..."' is one quote, without the inner mark."""
    quotes = find_quotes('He replies: "What is the inference of that? "That if you can, you must."')
    assert [q.text for q in quotes] == ["What is the inference of that? That if you can, you must."]


def test_sample_quote_speaker_through_pronoun(sample: dict[str, Any]) -> None:
    """'He stated, "Security is a shared responsibility"' belongs to Asaad al-Shaibani."""
    assert {"text": "Security is a shared responsibility", "speaker": "Asaad al-Shaibani"} in (
        sample["quotes"]
    )


def test_quoted_as_saying_names_the_speaker(record_of: Record) -> None:
    """'the agency quoted envoy Ernest Zverev as saying' makes Zverev the speaker."""
    quotes = record_of("split_name.txt")["quotes"]
    assert [q["speaker"] for q in quotes] == ["Ernest Zverev"]


def test_definite_role_refers_to_the_lead_speaker(record_of: Record) -> None:
    """ "The prime minister conceded" is whoever speaks in the lead, not its subject."""
    quotes = record_of("topic_person.txt")["quotes"]
    assert quotes == [
        {"text": "what appears to be a harder position on steel", "speaker": "Helen Carter"}
    ]
