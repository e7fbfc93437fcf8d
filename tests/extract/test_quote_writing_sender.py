"""A writing that speaks and names a sender the search cannot resolve ("the letter from a
group of fishermen said") is nobody's, not the body last named nearby."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_writing_from_someone_unnamed_is_not_the_last_body_named() -> None:
    """'Vellcorp unveiled a plan. The letter from a group of fishermen said "..."': no one."""
    text = (
        "Vellcorp unveiled its plan for the harbour on Monday.\n\n"
        "The letter from a group of local fishermen said the plan "
        '"would ruin the whole harbour for good and for everyone".'
    )
    assert speakers(text) == [("would ruin the whole harbour for good and for everyone", None)]


def test_a_writing_from_a_named_body_is_that_body_s() -> None:
    """'The letter from the Norport Sailing Club said "..."': the club's words."""
    text = (
        "Vellcorp unveiled its plan for the harbour on Monday.\n\n"
        "The letter from the Norport Sailing Club said the plan "
        '"would ruin the whole harbour for good and for everyone".'
    )
    assert speakers(text) == [
        ("would ruin the whole harbour for good and for everyone", "Norport Sailing Club")
    ]
