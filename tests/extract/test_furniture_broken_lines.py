"""A sentence that the page broke over two paragraphs is read as one."""

from __future__ import annotations

from generator.furniture import read_furniture

_MORE = [
    "Wardens closed the car park in Brindleford for the rest of the day on Monday.",
    "Maren Holtby, who runs a walking club, said the town had never seen anything like it.",
    "The council said the path would open again once the fallen rocks were cleared.",
]


def test_a_line_broken_inside_a_sentence_joins_the_next() -> None:
    """ "... the cliff path until" | "the storm had passed" is one paragraph, not a caption."""
    found = read_furniture(
        [
            "Rangers told walkers to keep off the cliff path until",
            "the storm had passed.",
            *_MORE,
        ]
    )
    assert (
        found.article[0]
        == "Rangers told walkers to keep off the cliff path until the storm had passed."
    )
    assert found.article[1:] == tuple(_MORE)
