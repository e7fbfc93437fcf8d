"""A quote that closes its paragraph is given to the one the next paragraph's first sentence
says it came from."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_warning_came_from_names_the_speaker() -> None:
    """'"..." / The warning came from Tom Harle, ...' gives Harle, not the woman before."""
    text = (
        "The board approved the plan on Monday. Ann Vesey, who chairs the residents'"
        " group, said the vote was a betrayal.\n\n"
        '"The bridge will not last another winter."\n\n'
        "The warning came from Tom Harle, the board's own engineer."
    )
    assert speakers(text) == [("The bridge will not last another winter.", "Tom Harle")]


def test_so_said_in_the_next_paragraph_names_the_speaker() -> None:
    """'"..." / So said Rand, who ...' gives Rand, across the paragraph break."""
    text = (
        "The club's owner, Mick Randell, was asked about the manager's future.\n\n"
        '"He has my full backing. He is going nowhere."\n\n'
        "So said Randell, who bought the club in 2012."
    )
    assert speakers(text) == [("He has my full backing. He is going nowhere.", "Mick Randell")]


def test_the_reply_came_from_is_not_the_speaker() -> None:
    """'"...?" / The reply came from Lee' is Lee answering the quote, not saying it."""
    text = (
        "Parents packed the hall on Monday night.\n\n"
        '"Who will pay for the new roof?"\n\n'
        "The reply came from Tom Harle, the board's own engineer."
    )
    assert speakers(text) != [("Who will pay for the new roof?", "Tom Harle")]
