"""Flattened line breaks (" . ") inside a sentence are read as spaces, not as sentence ends."""

from __future__ import annotations

from pathlib import Path

from generator.extract import extract
from generator.extract.flat_breaks import mend_flat_breaks
from generator.seeds import read_seed

_FLAT = (
    "By . Jo Marsh . PUBLISHED: . 09:12 EST, 4 June 2013 . | . UPDATED: . 11:40 EST, 4 June "
    "2013 . Lifeguards closed the beach at Tarnmouth after a shark was seen 50 yards off the "
    "shore. The three metre . fish was filmed by a paddleboarder . and sent to the coastguard. "
    "A second shark was spotted off the coast of . Kelby Point, Tarnshire - just four miles "
    "from the harbour - and lifeguards . warned swimmers to stay out of the water. The beach "
    "will reopen on Friday. Lifeguard Ann Vell said: 'We will not take any . chances.'"
)


def test_a_break_before_a_lower_case_word_or_after_an_open_word_is_a_space() -> None:
    """ "the coast of . Kelby" and "lifeguards . warned" join; "shore. The" is left alone."""
    mended = mend_flat_breaks(_FLAT)
    assert "off the coast of Kelby Point, Tarnshire" in mended
    assert "and lifeguards warned swimmers" in mended
    assert "The three metre fish was filmed by a paddleboarder and sent" in mended
    assert "UPDATED: . 11:40 EST" in mended  # a break after a colon, before a number, stays


def test_a_text_with_few_breaks_is_left_alone() -> None:
    """One " . " may be a writer's own: only a text with several is taken as flattened."""
    text = "The vote was 12 . 5 per cent up on the year before, the board said."
    assert mend_flat_breaks(text) == text


def test_key_points_do_not_end_at_a_flattened_break(tmp_path: Path) -> None:
    """A point is the whole sentence, not "A second shark was spotted off the coast of."."""
    path = tmp_path / "flat.txt"
    path.write_text(_FLAT, "utf-8")
    fields = extract([read_seed(path, tmp_path)[0]])[0]
    points = " | ".join(fields["key_points"])
    assert "A second shark was spotted off the coast of Kelby Point, Tarnshire" in points
    assert "coast of." not in points
    assert fields["quotes"][0]["text"] == "We will not take any chances."


def test_a_break_before_an_opening_mark_stays() -> None:
    """ "looks on . 'I will" is a caption's end and a speech's line: they stay apart."""
    text = (
        "The striker was sent off . Gutted: Tom Vell looks on . 'I will appeal,' he said . "
        "The club . said it would back him . and the fans . agreed."
    )
    mended = mend_flat_breaks(text)
    assert "looks on . 'I will appeal" in mended
    assert "The club said it would back him and the fans agreed." in mended


_NAMES = (
    "By . Jo Marsh . The harbour board met on Monday . Harbour . Master Tom Fenn said the pier "
    "was unsafe. Mr . Fenn closed it at noon. Harbour Master Tom Fenn has held the post since "
    "2010. The board sits at Kelby . Tarnmouth will vote next."
)


def test_a_break_inside_a_title_or_after_a_courtesy_title_is_a_space() -> None:
    """ "Harbour . Master" and "Mr . Fenn" join; "Kelby . Tarnmouth" stays a break."""
    # "Harbour . Master" joins where the text writes "Harbour Master" too.
    mended = mend_flat_breaks(_NAMES)
    assert "Harbour Master Tom Fenn said the pier" in mended
    assert "unsafe. Mr Fenn closed it" in mended
    assert "at Kelby . Tarnmouth will vote" in mended


def test_a_break_between_a_given_name_and_a_surname_is_a_space() -> None:
    """ "Leader Nancy . Quell said" is one name; "his son Jack . He left" ends a sentence."""
    text = (
        "By . Jo Marsh . The board met on Monday . Council Leader Nancy . Quell said the pier "
        "would close . Then his son Jack . He left the hall . I saw Jack . PICTURED: the pier."
    )
    mended = mend_flat_breaks(text)
    assert "Council Leader Nancy Quell said the pier" in mended
    assert "his son Jack . He left" in mended
    assert "I saw Jack . PICTURED" in mended


def test_a_break_after_a_comma_or_before_a_spaced_dash_is_a_space() -> None:
    """ "kind, . patient" and "the rain . - so" go on; "late . - 3" without a space stays."""
    text = (
        "By . Jo Marsh . She called him kind, . patient and brave . He waited out the rain . - so "
        "the match ran late . The score . -3 was wrong; . the board said so . Then it rained."
    )
    mended = mend_flat_breaks(text)
    assert "She called him kind, patient and brave . He waited" in mended
    assert "He waited out the rain - so the match ran late . The score" in mended
    assert "The score . -3 was wrong; the board said so" in mended


def test_a_break_after_a_preposition_that_needs_its_object_is_a_space() -> None:
    """ "Since . Mr Fenn became" and "heading towards . Kelby" go on with their sentence."""
    text = (
        "By . Jo Marsh . The pier shut on Monday . Since . Mr Fenn became harbour master the "
        "pier has shut twice. The boats were heading towards . Kelby. The board met . Later."
    )
    mended = mend_flat_breaks(text)
    assert "Since Mr Fenn became harbour master" in mended
    assert "heading towards Kelby." in mended
    assert "The board met . Later." in mended


def test_a_break_after_a_word_run_on_with_marks_is_mended_whole() -> None:
    """ "(Corvel/Holtby . and": the word before a break is its whole run of non-spaces."""
    text = (
        "By . Maren Holtby . The firm (Corvel/Holtby . and its rival) . met. "
        "A long run " + "x" * 2_000 + " . then ended."
    )
    mended = mend_flat_breaks(text)
    assert "(Corvel/Holtby and its rival) . met." in mended
    assert "x" * 2_000 + " then ended." in mended
