"""A party's or a place's name before a seat noun ("the Tory MP") reads back to the one
person named before whose stated role that noun heads (`speaker_seats`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def _story(role: str, description: str) -> str:
    """A short story naming one person with a role, then quoting a description."""
    return (
        f"Harriet Quillby, the {role}, spoke up for the bus scheme on Tuesday.\n\n"
        "She said the timetable would change in the spring.\n\n"
        f"On Wednesday {description} told a committee: "
        '"We will not give way on this."'
    )


def test_party_before_the_seat_noun_reads_back_to_the_member() -> None:
    """'the Tory MP' is the one person stated to be 'MP for Dornwick'."""
    text = _story("MP for Dornwick", "the Tory MP")
    assert speakers(text) == [("We will not give way on this.", "Harriet Quillby")]


def test_party_with_the_seat_reads_back_to_the_member() -> None:
    """'the Labour councillor' is the one 'councillor for Ashcombe ward'."""
    text = _story("councillor for Ashcombe ward", "the Labour councillor")
    assert speakers(text) == [("We will not give way on this.", "Harriet Quillby")]


def test_another_party_is_someone_else() -> None:
    """'the Tory MP' is not the one stated to be 'Labour MP for Dornwick'."""
    text = _story("Labour MP for Dornwick", "the Tory MP")
    assert speakers(text) == [("We will not give way on this.", None)]


def test_no_stated_seat_gives_no_one() -> None:
    """'the Tory MP' is not a person whose role names no seat ('transport minister')."""
    text = _story("transport minister", "the Tory MP")
    assert speakers(text) == [("We will not give way on this.", None)]
