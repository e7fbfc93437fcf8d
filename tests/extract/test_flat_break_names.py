"""Flattened line breaks (" . ") that cut a name, a title or a sentence before its quote."""

from __future__ import annotations

from generator.extract.flat_breaks import mend_flat_breaks
from tests.extract.test_quotes import speakers

_HEAD = "By . Jo Marsh . PUBLISHED: . 09:12 EST, 4 June 2013 . The harbour board met on Monday . "


def test_a_break_inside_a_title_or_a_body_name_is_a_space() -> None:
    """ "Business . Secretary", "Police . Federation," and "Prince . Edmund" are one name each."""
    text = _HEAD + (
        "Business . Secretary Tom Garrow said the pier was unsafe. Ann Vell, of the Harlow "
        "Police . Federation, agreed. Scholars at Kelby . University for the arts wrote to the "
        "young Prince . Edmund about it. A British . Association of Anglers spokesman said so."
    )
    mended = mend_flat_breaks(text)
    assert "Business Secretary Tom Garrow said" in mended
    assert "of the Harlow Police Federation, agreed" in mended
    assert "at Kelby University for the arts" in mended
    assert "the young Prince Edmund about it" in mended
    assert "A British Association of Anglers spokesman" in mended


def test_a_break_before_a_body_that_opens_a_sentence_stays() -> None:
    """ "Marsh . Police are" and "Tarnmouth . Police in Kelby said" open new sentences."""
    text = _HEAD + (
        "Pictured: the pier at Tarnmouth . Police in Kelby said it was safe. By Jo Marsh . "
        "Police are looking for the owner . Council officials met later."
    )
    mended = mend_flat_breaks(text)
    assert "Tarnmouth . Police in Kelby" in mended
    assert "Marsh . Police are" in mended
    assert "owner . Council officials" in mended


def test_a_break_before_a_quote_after_an_article_or_a_modal_is_a_space() -> None:
    """ "welcomed the . 'uprising'" and "it will . 're-evaluate'" go on with their sentence."""
    text = _HEAD + (
        "He welcomed the . 'uprising' by anglers as 'a healthy development'. The club said it "
        "will . 're-evaluate' its plan."
    )
    mended = mend_flat_breaks(text)
    assert "He welcomed the 'uprising' by anglers" in mended
    assert "said it will 're-evaluate' its plan" in mended


def test_a_break_before_a_quote_after_a_caption_or_a_particle_stays() -> None:
    """A caption ("(pictured) with the . ") or "late on ." ends its line before a speech."""
    text = _HEAD + (
        "Tom Garrow (pictured) with the . 'We will rebuild,' said Ann Vell. Vell waves to the "
        "crowd late on . 'I am staying,' she said. He had to tell her . 'It was hard,' he said."
    )
    mended = mend_flat_breaks(text)
    assert "with the . 'We will rebuild,'" in mended
    assert "late on . 'I am staying,'" in mended
    assert "tell her . 'It was hard,'" in mended


def test_a_body_name_cut_by_a_break_keeps_its_quote_speaker() -> None:
    """The quote after "Ann Vell, of the Harlow Angling . Federation, said:" is Ann Vell's."""
    found = speakers(
        _HEAD + "Anglers were angry at the rise in fees . Business . Secretary Tom Garrow, who "
        "has criticised the board, said . bosses were 'brought back to reality' at last. The "
        "board will . 're-evaluate' its fees, it said . Ann Vell, of the Harlow Angling . "
        "Federation, said: 'We are pleased with the board and we hope it listens.'"
    )
    assert ("We are pleased with the board and we hope it listens.", "Ann Vell") in found
