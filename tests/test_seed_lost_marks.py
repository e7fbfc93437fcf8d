"""An inverted question mark that a publishing system wrote for an apostrophe or a dash."""

from __future__ import annotations

from generator.seed_bytes import lost_marks, text_of


def test_mark_between_letters_is_an_apostrophe() -> None:
    """The mark in "the mayor¿s barge" is an apostrophe, and the seed says so."""
    text, warnings = text_of("Orla Penhick boarded the mayor\u00bfs barge.\n".encode())
    assert text == "Orla Penhick boarded the mayor\u2019s barge.\n"
    assert "repaired mojibake" in warnings


def test_spaced_mark_is_a_dash() -> None:
    """A mark with a space on each side stands for a spaced dash."""
    assert lost_marks("With patience \u00bf and glue.") == "With patience \u2013 and glue."


def test_spanish_question_mark_is_kept() -> None:
    """A Spanish question opens with the mark after a space: it stays as written."""
    spanish = "Dijo: \u00bfQui\u00e9n viene? Nadie."
    assert lost_marks(spanish) == spanish
    text, warnings = text_of(f"{spanish}\n".encode())
    assert text == f"{spanish}\n"
    assert "repaired mojibake" not in warnings
