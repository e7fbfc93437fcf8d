"""A speaker's surname misspelt by one letter is the person of the story it nearly spells
(`speaker_misspelt_names`)."""

from __future__ import annotations

from generator.extract.speaker_misspelt_names import one_slip
from tests.extract.test_quote_frames import speakers


def test_a_surname_missing_a_letter_names_its_bearer() -> None:
    """'said Ferrowman' after 'Ida Ferrowmann': Ida Ferrowmann speaks."""
    text = (
        "Ida Ferrowmann, who runs the lock museum in Dunmere, said visitors had doubled.\n\n"
        "‘We have never had a summer like this one in all our forty years,’ said Ferrowman."
    )
    found = speakers(text)
    assert found["We have never had a summer like this one in all our forty years"] == (
        "Ida Ferrowmann"
    )


def test_a_slip_is_one_letter_or_one_swap_after_the_first() -> None:
    """One letter dropped or two neighbours swapped is a slip; another first letter is not."""
    assert one_slip("tremlow", "tremlowe")
    assert one_slip("tremlwoe", "tremlowe")
    assert not one_slip("bremlowe", "tremlowe")
    assert not one_slip("tremlo", "tremlowe")
