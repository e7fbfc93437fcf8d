"""An "it" or "its spokesman" after a sentence whose subject is an organization: "it" is
singular, so a plural object of that sentence is no rival, a thing has no spokesman, and
a writing the body issued says the body's words."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_it_after_a_body_that_acted_on_plural_things() -> None:
    """'Brindle Dairies withdrew the yoghurts. ‘...,’ it said.' is the firm's."""
    text = (
        "Brindle Dairies withdrew the yoghurts from shops on Tuesday.\n\n"
        "‘We are sorry for the worry this has caused,’ it said."
    )
    assert speakers(text) == [("We are sorry for the worry this has caused", "Brindle Dairies")]


def test_it_after_a_body_that_named_a_singular_thing() -> None:
    """'Brindle Dairies tabled a motion. ‘...,’ it said.': "it" may be the motion."""
    text = (
        "Brindle Dairies tabled a motion at the meeting.\n\n"
        "‘We are sorry for the worry this has caused,’ it said."
    )
    assert speakers(text) == [("We are sorry for the worry this has caused", None)]


def test_its_spokesman_after_a_body_that_named_a_thing() -> None:
    """'Brindle Dairies tabled a motion. Its spokesman said: ‘...’' is the firm's."""
    text = (
        "Brindle Dairies tabled a motion at the meeting.\n\n"
        "Its spokesman said: ‘We are sorry for the worry this has caused.’"
    )
    assert speakers(text) == [("We are sorry for the worry this has caused.", "Brindle Dairies")]


def test_its_spokesman_after_a_person_is_nobody() -> None:
    """'Mrs Lee spoke first. Its spokesman said: ‘...’': no body was named, so nobody."""
    text = (
        "Ann Lee, 52, spoke first at the meeting, where she chaired the debate.\n\n"
        "Its spokesman said: ‘We are sorry for the worry this has caused.’"
    )
    assert speakers(text) == [("We are sorry for the worry this has caused.", None)]


def test_it_read_after_a_body_issued_a_writing() -> None:
    """'Acme Foods issued a statement. ‘...,’ it read.' is the firm's words."""
    text = (
        "Acme Foods issued a statement on Monday night.\n\n"
        "‘We are sorry for the worry this has caused,’ it read."
    )
    assert speakers(text) == [("We are sorry for the worry this has caused", "Acme Foods")]
