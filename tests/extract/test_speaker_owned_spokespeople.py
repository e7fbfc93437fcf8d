"""A spokesperson a pronoun owns ("his representative said") is someone speaking for that
person, not the person; a writing the pronoun owns ("her statement read") is still theirs."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

LEAD = (
    "Singer Dervla Quint has split from her manager, Owen Tasker.\n\n"
    "Tasker, 30, who runs a studio in Kelby, has not commented publicly.\n\n"
)


def test_his_representative_is_not_him() -> None:
    """ "However, his representative said: '...'" gives no speaker, not Tasker."""
    text = LEAD + (
        "However, his representative said: 'Owen wishes Dervla nothing but happiness "
        "and asks for privacy at this time.'"
    )
    assert speakers(text) == [
        ("Owen wishes Dervla nothing but happiness and asks for privacy at this time.", None)
    ]


def test_her_statement_is_still_hers() -> None:
    """ "Her statement read: '...'" is still the words of whom "her" refers to."""
    text = (
        "Singer Dervla Quint has split from her manager.\n\n"
        "Her statement read: 'We have decided to go our separate ways after ten years.'"
    )
    assert speakers(text) == [
        ("We have decided to go our separate ways after ten years.", "Dervla Quint")
    ]
