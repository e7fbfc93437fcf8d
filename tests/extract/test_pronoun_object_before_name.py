"""A "he" whose sentence before names one man only after the pronoun's own "him"."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_the_man_named_after_him_is_not_he() -> None:
    """'The post got him banned and angered Hartsell. He admitted ‘...’': Varley's words."""
    text = (
        "Tom Varley has said sorry for mocking a rival chef online. "
        "The post got him banned from a food fair and angered the organiser "
        "Ben Hartsell. On Tuesday he conceded that he 'went far too far' in the video."
    )
    assert speakers(text) == {"went far too far": "Tom Varley"}


def test_the_pronoun_reads_back_to_the_earlier_subject() -> None:
    """'A storm cost her a day and brought Ivo Dunn in. ‘...,’ she said': Nell Pike's words."""
    text = (
        "Nell Pike sailed alone from Portwick to the islands in May.\n\n"
        "A storm cost her a whole day at sea and brought the coastguard skipper Ivo Dunn "
        "out to meet her boat. ‘I never once thought of turning back,’ she said."
    )
    assert speakers(text) == {"I never once thought of turning back": "Nell Pike"}
