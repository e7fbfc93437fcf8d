"""A single mark glued between a stop and a word, where a space was lost, still closes
or opens a quote (`quote_mark_roles`)."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_mark_glued_after_a_comma_closes_the_open_quote() -> None:
    """'words,'said X: the mark before the small word ends the quote."""
    text = "'The bridge will not reopen before spring,'said Ivo Brand. 'It is not safe.'"
    assert texts(text) == ["The bridge will not reopen before spring", "It is not safe."]


def test_a_mark_glued_after_a_stop_opens_a_quote() -> None:
    """according to X.'Words: the mark before a capital opens the speech."""
    text = (
        "The ferry was full, according to Ivo Brand.'We had to turn people away at the "
        "gate,' he said. 'Nobody was happy.'"
    )
    assert texts(text) == ["We had to turn people away at the gate", "Nobody was happy."]


def test_a_glued_mark_after_a_comma_opens_when_nothing_is_open() -> None:
    """X said,'words': with no quote open, the glued mark opens one."""
    text = "'Nobody was hurt,' he said. Ivo Brand said,'we were lucky that night.'"
    assert texts(text) == ["Nobody was hurt", "we were lucky that night."]


def test_a_possessive_after_an_abbreviation_is_no_mark() -> None:
    """Tarn Ltd.'s: the mark and the "s" make a possessive inside the quote."""
    text = "'The work was done by Tarn Ltd.'s own crew,' she said. 'They were quick.'"
    assert texts(text) == ["The work was done by Tarn Ltd.'s own crew", "They were quick."]


def test_a_mark_glued_after_a_stop_closes_the_open_quote() -> None:
    """'words.'The writer goes on: the glued mark before a capital ends the open quote."""
    text = (
        "The ferry was full, according to Ivo Brand.'We had to turn people away.'The "
        "ferry company, which runs four boats, said more would sail in June. 'It is "
        "busy,' he said."
    )
    assert texts(text) == ["We had to turn people away.", "It is busy"]
