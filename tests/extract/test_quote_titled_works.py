"""Words set off after "titled", "entitled" or "headlined" name a work, not speech
(`quote_mark_edges.so_called_before`)."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_long_title_after_titled_is_no_quote() -> None:
    """a post titled ‘...’: nine words and a comma, still the name of the post."""
    text = (
        "Orla Penrose wrote a post titled ‘Why I Sold the Farm, and Why I Would "
        "Do It Again’ last week."
    )
    assert texts(text) == []


def test_entitled_and_headlined_set_off_titles_too() -> None:
    """an essay entitled “...”, a column headlined “...”: names of works."""
    text = (
        "He wrote an essay entitled “what the river gave back to us” in 2019 and a "
        "column headlined “our town deserves a better bus service” last May."
    )
    assert texts(text) == []


def test_speech_after_the_title_is_still_a_quote() -> None:
    """After the title, she said ‘...’: the speech is kept."""
    text = (
        "In a post titled ‘Moving On’, Orla Penrose said: ‘We had no choice but to sell the farm.’"
    )
    assert texts(text) == ["We had no choice but to sell the farm."]
