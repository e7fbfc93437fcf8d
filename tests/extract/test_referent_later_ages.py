"""An age description before anyone is named speaks as the one person the text gives
that age afterwards (`referent_later_ages`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_age_stated_in_the_paragraph_after_the_quote() -> None:
    """'... the 47-year-old told the paper. / The owner, Ros Tillard, 47, ...' is Tillard."""
    text = (
        "A cafe owner has been left with a £9,000 repair bill after a van reversed "
        "through her window.\n\n"
        "'There was glass in the cake stand and in the soup,' the 47-year-old told the "
        "paper.\n\n"
        "The owner, Ros Tillard, 47, had opened the cafe in Pellow only in March."
    )
    assert speakers(text) == [("There was glass in the cake stand and in the soup", "Ros Tillard")]


def test_two_people_of_that_age_leave_it_to_no_one() -> None:
    """Two people given the age later: neither is the '47-year-old'."""
    text = (
        "A cafe owner has been left with a £9,000 repair bill after a van reversed "
        "through her window.\n\n"
        "'There was glass in the cake stand and in the soup,' the 47-year-old told the "
        "paper.\n\n"
        "The owner, Ros Tillard, 47, runs the cafe with her cousin, Meg Hoad, 47."
    )
    assert speakers(text) == [("There was glass in the cake stand and in the soup", None)]
