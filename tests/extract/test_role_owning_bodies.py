"""A body that owns a name ("Greenaid's Martha Tolley") says whom the person is with, also
when the model labelled the body's name as a person's or a town's."""

from __future__ import annotations

from generator.extract import extract
from generator.seeds import Seed


def _roles(*paragraphs: str) -> dict[str, str | None]:
    record = extract([Seed("owners.txt", "0" * 64, None, paragraphs)])[0]
    return {p["name"]: p["role"] for p in record["people"]}


def test_club_read_as_a_person_owns_its_player() -> None:
    """A club the story shows to be a body gives its player's role, whatever the label."""
    roles = _roles(
        "Ashford Rovers beat Kelby Town 2-1 on Saturday to go top of the league.",
        "A deflected volley settled a scrappy derby; Ashford Rovers's Dean Pellow collected"
        " a caution for removing his shirt, and Kelby Town's Tom Grane hobbled away nursing"
        " an ankle.",
    )
    assert roles["Dean Pellow"] == "of Ashford Rovers"
    assert roles["Tom Grane"] == "of Kelby Town"


def test_charity_owner_in_a_quote_tag() -> None:
    """A charity named as a body earlier owns the speaker named after its possessive."""
    roles = _roles(
        "Greenaid, the housing charity, says rents in the town have doubled in five years.",
        '"It is a shame," Greenaid\'s Martha Tolley said. "Families are leaving."',
    )
    assert roles["Martha Tolley"] == "of Greenaid"


def test_person_owner_gives_no_body() -> None:
    """A person's possessive before a name is no body the named person is with."""
    roles = _roles(
        "Coach Ivor Blenkin picked his side on Friday.",
        "Blenkin's Dean Pellow scored twice in the second half.",
    )
    assert roles.get("Dean Pellow") != "of Blenkin"
