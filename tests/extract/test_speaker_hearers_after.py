"""The one told, after the reporting verb, is not the speaker when a subject stands before."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_person_told_after_the_verb_is_not_the_speaker() -> None:
    """ "The Kelby-born forward, 26, told Tom Ashby: '...'": Ashby heard it, he did not say it."""
    text = (
        "Striker Nuala Brennick scored both goals as Tarland Athletic won the cup final.\n\n"
        "The Kelby-born forward, 26, told Tom Ashby:\n\n"
        "'It is the best feeling in the world. I have dreamed about this since I was a "
        "little girl.'"
    )
    assert speakers(text)[0][1] != "Tom Ashby"
