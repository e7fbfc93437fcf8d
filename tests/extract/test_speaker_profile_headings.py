"""Profiles headed by a line that is only a name and an age ("Ronald Fesk, 62"): the
"he"/"she" of the paragraphs under the heading is the person it names."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

OPENING = "Eleven cyclists chained themselves to the gates of the quarry at Pellham on Sunday.\n\n"


def test_pronoun_under_a_heading_is_its_person() -> None:
    """ "Ronald Fesk, 62 / A retired tax inspector, he ... / ..., he told us: '...'" is Fesk."""
    text = OPENING + (
        "Ronald Fesk, 62\n\n"
        "A retired tax inspector, he has marched against the quarry for a decade.\n\n"
        "He once ran for the county council as an independent.\n\n"
        "Outside the gates, he told us: ‘Somebody has to stand up for the hills.’"
    )
    assert speakers(text)[-1][1] == "Ronald Fesk"


def test_numbered_heading() -> None:
    """ "3. Ronald Fesk, 62" heads the profile as well as the bare name does."""
    text = OPENING + (
        "3. Ronald Fesk, 62\n\n"
        "A retired tax inspector, he has marched against the quarry for a decade.\n\n"
        "Outside the gates, he told us: ‘Somebody has to stand up for the hills.’"
    )
    assert speakers(text)[-1][1] == "Ronald Fesk"


def test_heading_of_the_other_sex_gives_no_one() -> None:
    """ "Ronald Fesk, 62 / A former nurse, she ...": "she" is not the man the heading names."""
    text = OPENING + (
        "Ronald Fesk, 62\n\n"
        "A former nurse, she has marched against the quarry for a decade.\n\n"
        "Outside the gates, she told us: ‘Somebody has to stand up for the hills.’"
    )
    assert speakers(text)[-1][1] != "Ronald Fesk"


def test_name_inside_a_paragraph_is_no_heading() -> None:
    """A name that ends a paragraph's sentence is no heading line of its own, so no profile."""
    # "he" after "... the gates belong to Ronald Fesk, 62" is not read as Fesk's profile.
    text = OPENING + (
        "The quarry owner is unmoved. The gates belong to Ronald Fesk, 62\n\n"
        "A retired tax inspector, he has marched against the quarry for a decade.\n\n"
        "Outside the gates, he told us: ‘Somebody has to stand up for the hills.’"
    )
    assert speakers(text)[-1][1] is None
