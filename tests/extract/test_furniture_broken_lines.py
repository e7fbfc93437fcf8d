"""A sentence that the page broke over two paragraphs is read as one."""

from __future__ import annotations

from generator.furniture import read_furniture

_MORE = [
    "Lifeguards closed the beach in Brindleford for the rest of the day on Monday.",
    "Maren Holtby, who runs a surf school, said the town had never seen anything like it.",
    "The council said the beach would open again once the sharks had left the bay.",
]


def test_a_line_broken_inside_a_sentence_joins_the_next() -> None:
    """ "... the water after" | "two sharks were seen ..." is one paragraph, not a caption."""
    found = read_furniture(
        [
            "Coastguards warned swimmers not to enter the water after",
            "two sharks were seen.",
            *_MORE,
        ]
    )
    assert (
        found.article[0]
        == "Coastguards warned swimmers not to enter the water after two sharks were seen."
    )
    assert found.article[1:] == tuple(_MORE)
