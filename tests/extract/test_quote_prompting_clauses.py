"""A verb of saying in a "when" or "after" clause after a quote tells what prompted the
words, not who said them."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_when_clause_after_the_quote_does_not_take_it() -> None:
    """'Vell said ..., "...," when Ann Roke blasted him': Vell's words, not Roke's."""
    text = (
        'Tom Vell said at the hearing on Monday, "That proves my point," when Ann Roke blasted him.'
    )
    assert speakers(text) == [("That proves my point", "Tom Vell")]


def test_the_asker_in_a_when_clause_does_not_answer() -> None:
    """'"...," when Tom Vell asked her.': the asker does not speak the answer."""
    text = (
        'Ann Roke opened the Tarland fair on Sunday. "It is a fine day for it," she said.\n\n'
        '"We will never give up the mill," when Tom Vell asked her.'
    )
    assert speakers(text)[-1] == ("We will never give up the mill", None)


def test_as_opens_a_clause_that_attributes() -> None:
    """'"...," as Ann Roke put it': an "as" clause names the speaker."""
    text = (
        "Tom Vell spoke at the Tarland fair on Sunday.\n\n"
        '"The mill is the heart of this town," as Ann Roke told the crowd.'
    )
    assert speakers(text) == [("The mill is the heart of this town", "Ann Roke")]


def test_once_as_an_adverb_opens_no_clause() -> None:
    """'"...," he once confessed': "once" means at one time, and he speaks."""
    text = "Tom Vell built the Tarland mill.\n\n'I was never good at waiting,' he once confessed."
    assert speakers(text) == [("I was never good at waiting", "Tom Vell")]
