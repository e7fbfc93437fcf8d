"""A body noun that speaks in a relative clause ("..., which the firm said were ...") is
not the main subject of its own sentence: that one a writer would call "it"."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_body_noun_in_a_relative_clause_is_not_the_main_subject() -> None:
    """The council bought Quorly's pumps, which the firm said were '...': not the council."""
    text = (
        "In March, the Pellham Council agreed to buy 40 of Quorly's water pumps, which the"
        " firm said were ‘the best pumps on the market’. The council later regretted it."
    )
    assert speakers(text) == [("the best pumps on the market", None)]


def test_a_body_noun_in_a_relative_clause_still_refers_back_past_its_sentence() -> None:
    """The council met. Its members bought pumps, which the council said were '...'."""
    text = (
        "The Pellham Council met on Monday. Its members agreed to buy 40 pumps, which the"
        " council said were ‘the best pumps on the market’."
    )
    assert speakers(text) == [("the best pumps on the market", "Pellham Council")]
