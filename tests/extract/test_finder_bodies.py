"""Which words name a body as the one that speaks: the nouns news refers back to a body
by."""

from __future__ import annotations

import pytest

from tests.extract.test_quotes import speakers


@pytest.mark.parametrize(
    ("name", "noun"),
    [
        ("The Pellham Museum", "museum"),
        ("The Dunmore Zoo", "zoo"),
        ("The Arvel Gallery", "gallery"),
        ("The Kestle Relief Fund", "fund"),
        ("The Brannock Clinic", "clinic"),
    ],
)
def test_a_definite_body_noun_refers_back_to_the_body_named(name: str, noun: str) -> None:
    """'The museum said' after 'The Pellham Museum ...': the museum named before speaks."""
    text = (
        f"{name} reopened its doors on Monday after a long closure.\n\n"
        f"The {noun} said: ‘We will welcome visitors again in small groups from today.’"
    )
    assert speakers(text) == [
        ("We will welcome visitors again in small groups from today.", name[4:])
    ]
