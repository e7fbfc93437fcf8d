"""A description written with a hyphened '-to-be' ('the bride-to-be said') says the words:
the parser reads 'to be said' as a passive, but the hyphens make it one noun."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_mother_to_be_after_the_quote_speaks() -> None:
    """'‘...,’ the mother-to-be said' reads back to the woman named just before."""
    found = speakers(
        "A pregnant teacher was turned away at the border post on Friday.\n\n"
        "Marisol Quenby, 31, was stopped by guards as she drove back to Dunmere.\n\n"
        "‘They kept me in a cold room for six hours,’ the mother-to-be said."
    )
    assert found == [("They kept me in a cold room for six hours", "Marisol Quenby")]


def test_bride_to_be_before_a_colon_speaks() -> None:
    """'The bride-to-be told reporters: ‘...’' is her words, not a passive 'to be told'."""
    found = speakers(
        "Laura Pennick lost her booking when the Lark Hall venue shut its doors.\n\n"
        "The bride-to-be told reporters: ‘We had paid for every single chair.’"
    )
    assert found == [("We had paid for every single chair.", "Laura Pennick")]


def test_spaced_to_be_stays_a_passive() -> None:
    """'the money is to be said ...' has no hyphens: no noun speaks through it."""
    found = speakers(
        "Tomas Reyna runs the Kelby food bank.\n\n"
        "‘We need more volunteers,’ Mr Reyna said.\n\n"
        "A prayer is to be said for the ‘families who lost everything’ on Sunday."
    )
    assert ("families who lost everything", None) in found
