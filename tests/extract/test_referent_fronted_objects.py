"""A subject pronoun after a fronted clause whose subject is no single person ("When
officers confronted Ann Vell, she told them") refers to the one person that clause
names; a clause with the pronoun's own form, or two people, leaves it open."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

LEAD = (
    "Mary Crane, 26, was arrested on Saturday outside a salon in Kelby.\n\n"
    "A passer-by, Dora Finch, broke the car window with a hammer.\n\n"
    "'She was bright red and soaked in sweat,' Finch told reporters.\n\n"
)


def test_the_person_officers_confronted_speaks() -> None:
    """ "When officers confronted Crane inside the salon, she told them: '...'" is Crane."""
    text = LEAD + (
        "When officers confronted Crane inside the salon, she allegedly told them: "
        "'I was only going to be ten minutes.'"
    )
    assert speakers(text)[-1] == ("I was only going to be ten minutes.", "Mary Crane")


def test_a_clause_with_her_leaves_the_pronoun_open() -> None:
    """ "When officers confronted her, she said" names no one: neither Crane nor Finch."""
    text = LEAD + (
        "When officers confronted her about Crane, she allegedly told them: "
        "'I was only going to be ten minutes.'"
    )
    assert speakers(text)[-1][1] != "Mary Crane"
