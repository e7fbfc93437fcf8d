"""A name that owns the work its maker is "of" stays a person: "the author of Ada Vell's life"."""

from __future__ import annotations

from generator.extract import extract
from generator.seeds import Seed


def _people(text: str) -> list[str]:
    """The names of the people of an article given as paragraphs split by blank lines."""
    paragraphs = tuple(p.strip() for p in text.split("\n\n") if p.strip())
    found = extract([Seed("maker_owners.txt", "0" * 64, None, paragraphs)])[0]
    return [p["name"] for p in found["people"]]


def test_the_owner_of_a_work_after_its_maker_stays_a_person() -> None:
    """ "the author of Ada Vell's life": Ada Vell is the life's subject, a person."""
    people = _people(
        "Corin Blay, the author of Ada Vell's life, spent six years in the Tarrow archive.\n\n"
        "Blay said Vell had kept every letter."
    )
    assert "Ada Vell" in people
