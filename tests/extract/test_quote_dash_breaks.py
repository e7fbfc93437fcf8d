"""Speech broken off at a dash and taken up after a short attribution set off by dashes
is one quote (`quote_joins`)."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_dash_interruption_joins_the_two_parts() -> None:
    """ "We were --" he paused -- "lost": the sequel in small letters goes on."""
    text = '"We had been --" he paused -- "walking in circles for hours," said Ansel Roe.'
    assert texts(text) == ["We had been -- walking in circles for hours"]


def test_a_capital_after_the_dash_interruption_starts_a_new_quote() -> None:
    """ "I was trying to --" she said, ... "It was": a new sentence is a quote of its own."""
    text = (
        '"I was only trying to --" Mina Roe said, before she stopped. '
        '"It was a terrible night for all of us."'
    )
    assert texts(text) == ["I was only trying to --", "It was a terrible night for all of us."]
