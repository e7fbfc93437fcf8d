"""A name before a subjectless verb of saying speaks, though an age after it hangs beside it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_an_age_hung_beside_the_name_keeps_the_name() -> None:
    """'Speaking to NewsDesk, Dr Jo Ames, 29, said: "..."' gives Ames."""
    text = (
        "Hundreds of junior doctors marched yesterday.\n\n"
        'Speaking to MailOnline, Dr Priya Sandhu, 29, said: "We are exhausted and we are leaving."'
    )
    assert speakers(text) == [("We are exhausted and we are leaving.", "Priya Sandhu")]
