"""A speech cut by the photo captions a flattened page set into it goes on after them;
a sentence of the writer's or someone else speaking in between ends it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

#: The lead-in of a flattened page, whose line breaks are written " . ".
_LEAD = (
    "By . Kit Marrow . PUBLISHED: . 05:31 EST, 6 June 2013 . "
    "Tamsyn Tolling, 21, from Harlow, has reached the final of a county darts contest. "
)
_SPEECH = (
    "Tamsyn, who is studying law at Kestrel College, said: 'I did not dream of getting "
    "here. 'I never saw myself as a champion. Before I picked up darts I was "
    "shy in class. "
)
_FIRST_CAPTION = (
    "Aim! Tamsyn practised three nights a week at her village pub from the age of nine . "
)
#: A caption that quotes a word, as captions often do.
_SECOND_CAPTION = "The 'bookworm' is all grown up: Tamsyn now has a partner, chef Ben Jarrow . "
_LATER = "'I kept to myself and read a lot, so some classmates laughed at me.'"


def test_a_speech_goes_on_past_caption_lines() -> None:
    """Captions ending ' . ' between two parts of a speech do not change who speaks."""
    text = _LEAD + _SPEECH + _FIRST_CAPTION + _SECOND_CAPTION + _LATER
    found = dict((words, speaker) for words, speaker in speakers(text))
    assert found["I kept to myself and read a lot, so some classmates laughed at me."] == (
        "Tamsyn Tolling"
    )


def test_a_sentence_of_the_writers_between_ends_the_speech() -> None:
    """A line closing on a stop of its own is the writer's narration, not a caption."""
    text = _LEAD + _SPEECH + _FIRST_CAPTION + "Her coach won. " + _SECOND_CAPTION + _LATER
    found = dict((words, speaker) for words, speaker in speakers(text))
    assert found["I kept to myself and read a lot, so some classmates laughed at me."] is None


def test_someone_else_speaking_in_a_caption_ends_the_speech() -> None:
    """A caption reporting another speaker ('her coach says') leaves the next quote unattributed."""
    text = (
        _LEAD
        + _SPEECH
        + _FIRST_CAPTION
        + "The 'bookworm' is all grown up: her coach Ben Jarrow says she practised for months . "
        + _LATER
    )
    found = dict((words, speaker) for words, speaker in speakers(text))
    assert found["I kept to myself and read a lot, so some classmates laughed at me."] is None
