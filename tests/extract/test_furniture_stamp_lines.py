"""A stamp printed with its label and its time on lines of their own is no story."""

from __future__ import annotations

from generator.furniture import read_furniture

_LEAD = "Corvel Ltd will close its plant in Brindleford next month with the loss of 200 jobs."
_MORE = "Managers told staff of the plan at a meeting on the site."


def test_stamp_labels_on_lines_of_their_own_are_no_story() -> None:
    """ "PUBLISHED:", the time, "|", "UPDATED:", the time: the story starts after them."""
    header = [
        "PUBLISHED:",
        "14:11 EST, 25 October 2013",
        "|",
        "UPDATED:",
        "15:36 EST, 25 October 2013",
    ]
    found = read_furniture([*header, _LEAD, _MORE])
    assert found.article == (_LEAD, _MORE)
    assert found.date == "2013-10-25"
