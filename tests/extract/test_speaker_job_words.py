"""A lower-case job word between an inverted verb of saying and the name still gives the name."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_job_noun_tagged_as_a_verb_after_said_keeps_the_name() -> None:
    """'said lifeboat coxswain Owen Tregar.' gives Tregar, though "coxswain" reads as a verb."""
    text = (
        "Three anglers were lifted off the rocks at dusk.\n\n"
        '"They were very lucky men," said lifeboat coxswain Owen Tregar.'
    )
    assert speakers(text) == [("They were very lucky men", "Owen Tregar")]


def test_a_time_word_after_said_is_no_job() -> None:
    """'said yesterday' is no job phrase: the words after it are not taken for the speaker's."""
    text = (
        "The pier was closed at dusk.\n\n"
        '"The boards are rotten through," the harbour office said yesterday Oak Lane residents'
        " were told."
    )
    assert all(speaker != "Oak Lane" for _, speaker in speakers(text))
