"""A quote alone in its paragraph, whose speaker the next paragraph names by going on."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_continued_names_the_speaker_of_the_quote_before() -> None:
    """'‘...’ / Pell continued: ‘...’': the lone quote is Pell's, after a line on a film."""
    text = (
        "The film about the harbour opens in Norport in May.\n\n"
        "‘It was a long and hard year for all of us while we filmed.’\n\n"
        "Ivo Pell, the director, continued: ‘We are proud of every minute of it.’"
    )
    found = speakers(text)
    assert found["It was a long and hard year for all of us while we filmed."] == "Ivo Pell"


def test_went_on_after_the_quote_names_its_speaker() -> None:
    """'‘...’ / ‘...,’ Rhea Tamm went on.': the quote before is Tamm's too."""
    text = (
        "Ferries to the islands stopped running on Monday.\n\n"
        "‘The crossings have been cancelled three times this week alone.’\n\n"
        "‘Nobody has told us when they will start again,’ Rhea Tamm went on."
    )
    found = speakers(text)
    assert found["The crossings have been cancelled three times this week alone."] == "Rhea Tamm"


def test_a_plain_verb_of_saying_after_names_nobody() -> None:
    """'‘...’ / Ames said: ‘...’': "said" does not say Ames spoke before, so no speaker."""
    text = (
        "Ferries to the islands stopped running on Monday.\n\n"
        "‘The crossings have been cancelled three times this week alone.’\n\n"
        "Tom Ames said: ‘Nobody has told us when they will start again.’"
    )
    found = speakers(text)
    assert found["The crossings have been cancelled three times this week alone."] is None


def test_a_quote_sharing_its_paragraph_is_left_alone() -> None:
    """'‘...,’ one sailor said. / Ames added: ‘...’': the sailor's words stay unnamed."""
    text = (
        "Ferries to the islands stopped running on Monday.\n\n"
        "‘The crossings have been cancelled three times this week alone,’ one sailor said.\n\n"
        "Tom Ames added: ‘Nobody has told us when they will start again.’"
    )
    found = speakers(text)
    assert found["The crossings have been cancelled three times this week alone"] is None
