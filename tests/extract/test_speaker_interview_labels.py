"""Interviews printed as questions and answers: the one-letter labels "Q:" and "A:" that
open their paragraphs name no one, so a "she said" after them still reads back to the
person the introduction named."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_she_after_question_and_answer_labels_is_the_interviewee() -> None:
    """'We spoke to glaciologist Wren Halvard ... Q: ... A: "...," she said' gives Halvard."""
    text = (
        "Glaciers in the Rockies lose ground every summer. We spoke to glaciologist "
        "Wren Halvard about the coming decade.\n\n"
        "Q: Could the losses slow down?\n\n"
        'A: "Only if summers cool, and nothing we measure points that way," she said.'
    )
    assert speakers(text)[-1][1] == "Wren Halvard"
