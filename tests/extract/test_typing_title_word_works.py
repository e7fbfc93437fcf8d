"""A work whose name opens with a title word ("her hit Lady Vesper", "her new album, Sir
Lancel,") is no person: the title belongs to the work's name, not to someone's."""

from __future__ import annotations

from generator.extract import extract
from generator.seeds import Seed


def _people(text: str) -> list[str]:
    """The names of the people of an article given as paragraphs split by blank lines."""
    paragraphs = tuple(p.strip() for p in text.split("\n\n") if p.strip())
    found = extract([Seed("title_words.txt", "0" * 64, None, paragraphs)])[0]
    return [p["name"] for p in found["people"]]


def test_a_hit_named_with_a_title_word_is_no_person() -> None:
    """ "Pop star Jessa Harte's hit Lady Morrow was the year's most streamed song": a song."""
    people = _people(
        "Pop star Jessa Harte's hit Lady Morrow was the most streamed song of the year.\n\n"
        "Harte said she had written it on a train."
    )
    assert people == ["Jessa Harte"]


def test_an_album_set_off_with_a_title_word_is_no_person() -> None:
    """ "Her new album, Sir Lancel, is released on Friday": an album, not a knight."""
    people = _people(
        "Singer Orla Penfold has announced a tour of Ireland.\n\n"
        "Her new album, Sir Lancel, is released on Friday."
    )
    assert people == ["Orla Penfold"]
