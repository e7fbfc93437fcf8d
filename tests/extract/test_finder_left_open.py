"""A speech left unclosed at its paragraph's end goes on past one paragraph of the writer's."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_an_open_speech_goes_on_past_a_paragraph_without_marks() -> None:
    """'said: ‘... / <unmarked paragraph> / ‘...’': the open speech's speaker."""
    text = (
        "Dorian Flect, who runs the Pellby lido, said the pool would stay shut.\n\n"
        "He said: ‘We had hoped to open the gates in May.\n\n"
        "The boiler failed twice over the winter and the tiles are still cracked.\n\n"
        "‘So swimmers will have to wait until next summer at the earliest.’"
    )
    assert speakers(text)[-1] == (
        "So swimmers will have to wait until next summer at the earliest.",
        "Dorian Flect",
    )
