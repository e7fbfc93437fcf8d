"""The object of a verb before an infinitive of saying is who says ("prompted Ann Vell
to reply"), not that verb's subject."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_object_of_prompted_replies() -> None:
    """'The row prompted Anna Vell ... to respond: ‘...’' is Anna Vell's."""
    text = (
        "The row over the budget deepened on Monday.\n\n"
        "That prompted Anna Vell, the daughter of Senator Tom Vell, to respond with a "
        "post of her own: ‘Thanks, but the budget is still a mess.’"
    )
    assert speakers(text) == [("Thanks, but the budget is still a mess.", "Anna Vell")]


def test_a_participle_of_causing_gives_its_object() -> None:
    """'..., prompting Senator Tom Vell to tweet: ‘...’' is the senator's."""
    text = (
        "The row over the budget deepened on Monday, prompting Senator Tom Vell to "
        "tweet: ‘This is a disgrace.’"
    )
    assert speakers(text) == [("This is a disgrace.", "Tom Vell")]


def test_a_body_forced_to_admit() -> None:
    """'The ruling forced Acme Holdings to admit it had ‘...’' is the firm's admission."""
    text = "The ruling forced Acme Holdings to admit that it had ‘made serious mistakes’."
    assert speakers(text) == [("made serious mistakes", "Acme Holdings")]


def test_the_subject_of_promised_does_what_it_promised() -> None:
    """'Tom Vell promised voters to ‘...’' stays his: "promise" leaves its object out."""
    text = (
        "Senator Tom Vell spoke in Dunmore on Monday.\n\n"
        "He promised voters to announce ‘a fair deal for every family’ next week."
    )
    assert speakers(text) == [("a fair deal for every family", "Tom Vell")]
