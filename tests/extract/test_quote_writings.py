"""Writings news quotes as speaking beyond reports and letters: an email, a memoir, an
article or a column speaks for the writer its phrase names or the one who issued it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_an_article_from_someone_is_their_words() -> None:
    """'An article from Ann Roke claimed ...': the article's writer speaks."""
    text = (
        "An article from Ann Roke claimed the council had 'quietly changed all the figures' "
        "before the vote."
    )
    assert speakers(text) == [("quietly changed all the figures", "Ann Roke")]


def test_a_memoir_by_someone_is_their_words() -> None:
    """'The memoir by Ann Roke accuses Vell of ...': the memoir's author speaks."""
    text = (
        "The memoir by former adviser Ann Roke accuses Tom Vell of giving "
        "'personal favours to his donors.'"
    )
    assert speakers(text) == [("personal favours to his donors.", "Ann Roke")]


def test_an_email_speaks_for_the_body_that_sent_it() -> None:
    """'Tarland Council sent an email ... the email said': the council's words."""
    text = (
        "Tarland Council sent an email to parents on Monday. "
        "'Schools will reopen next week as planned,' the email said."
    )
    assert speakers(text) == [("Schools will reopen next week as planned", "Tarland Council")]


def test_a_column_speaks_for_the_one_who_wrote_it() -> None:
    """'Tom Vell wrote a column ... the column said': Vell's words."""
    text = (
        "Tom Vell wrote a column for the Gazette last week. "
        "'Our town has gone badly astray,' the column said."
    )
    assert speakers(text) == [("Our town has gone badly astray", "Tom Vell")]
