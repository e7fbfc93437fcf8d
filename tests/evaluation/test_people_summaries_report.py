"""Roles and people of the British set, key point repeats, and the printed table."""

from __future__ import annotations

from generator.evaluation.people_british import (
    content_words,
    find_person,
    is_gold_person,
    role_right,
)
from generator.evaluation.quotes_sets import GoldPerson
from generator.evaluation.report import Row, grouped, table
from generator.evaluation.summaries import below_lead3, repeats_a_key_point


def test_role_content_words_drop_stop_words_and_possessives() -> None:
    """Casefolded words without "the", "of", punctuation or 's."""
    assert content_words("The Council's chief executive (north)") == {
        "council",
        "chief",
        "executive",
        "north",
    }


def test_a_role_is_right_with_half_of_its_content_words() -> None:
    """Two of four content words are enough; one of four or no role is not."""
    gold = "chief economist at Widget Bank"
    assert role_right(gold, "chief economist")
    assert role_right(gold, "Widget Bank's chief economist")
    assert not role_right(gold, "economist")
    assert not role_right(gold, None)


def test_a_gold_abbreviation_is_right_when_we_write_it_in_full() -> None:
    """ "Maj. Gen." is "Major General"; a word that is no abbreviation must match whole."""
    assert role_right("Union Maj. Gen.", "Union Major General")
    assert role_right("Lt. Governor", "Lieutenant Governor")
    assert not role_right("Gen. manager of the big works", "General counsel")
    assert not role_right("gen manager of works", "general")


def test_find_person_prefers_the_same_name_then_agreeing_forms() -> None:
    """The full name wins over a namesake; a surname alias finds the person."""
    people = [
        {"name": "Peter Olsen", "aliases": ["Olsen"], "role": None},
        {"name": "Maria Olsen", "aliases": [], "role": "mayor"},
    ]
    found = find_person(GoldPerson("Maria Olsen", (), "mayor"), people)
    assert found is not None and found["role"] == "mayor"
    assert find_person(GoldPerson("Ann Lee", ("Lee",), None), people) is None
    gold = (GoldPerson("Maria Olsen", ("Olsen",), None),)
    assert is_gold_person(["Olsen"], gold)
    assert not is_gold_person(["Acme"], gold)


def test_summary_repeating_a_key_point_word_for_word() -> None:
    """A key point inside the summary is a repeat; a paraphrase is not."""
    points = ["The bridge opens in May.", "Tolls will be low."]
    assert repeats_a_key_point("The bridge  opens in May. It cost a lot.", points)
    assert not repeats_a_key_point("A bridge will open this spring.", points)
    assert not repeats_a_key_point("Anything", [""])


def test_table_prints_ours_peer_and_the_difference() -> None:
    """Each row shows both systems and ours minus the peer in the row's style."""
    rows = grouped(
        [
            Row("F1", "tune", 0.8, 0.75, "10 docs"),
            Row("wrong", "tune", 0.05, 0.1, style="percent"),
            Row("F1", "check", 0.7, None),
        ]
    )
    lines = table(rows).splitlines()
    assert [line.split()[0] for line in lines[2:]] == ["F1", "F1", "wrong"]
    assert "+0.050" in lines[2] and "10 docs" in lines[2]
    assert lines[3].split()[-1] == "-"
    assert "-5.0%" in lines[4]


def test_a_tune_story_below_lead3_is_listed_with_both_sets_of_sentences() -> None:
    """The -v line names the story, both ROUGE-1 figures, the highlights and both lists."""
    line = below_lead3(
        "ab12",
        ("Ferry to run again .",),
        {"ours": ["The ferry runs."], "lead3": ["By . Staff .", "The ferry to Lomsey runs."]},
        {"ours": 0.25, "lead3": 0.5},
    )
    assert line == (
        "ab12: ROUGE-1 ours 25.00, Lead-3 50.00\n"
        "    highlight: Ferry to run again .\n"
        "    ours: The ferry runs.\n"
        "    lead3: By . Staff .\n"
        "    lead3: The ferry to Lomsey runs."
    )
