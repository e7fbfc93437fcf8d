"""A paragraph ends a key point: a line without a stop is not run into the next one."""

from __future__ import annotations

from generator.extract.nlp import load_nlp
from generator.extract.summary import digest

_LEAD = (
    "A council in Tarnley has closed its only swimming pool after cracks were found in the roof."
)


def _points(*paragraphs: str) -> list[str]:
    text = "\n\n".join((_LEAD, *paragraphs))
    return digest(load_nlp()(text), count=5).key_points


def test_a_caption_without_a_stop_is_not_glued_to_the_next_sentence() -> None:
    """A photo line with no stop before a blank line stays out of the point after it."""
    points = _points(
        "Swimmers queue outside the Tarnley baths on the morning of the closure",
        "The pool had been open for more than sixty years.",
        "Engineers said repairs would take a year.",
    )
    assert "The pool had been open for more than sixty years." in points, points
    assert not any("Swimmers queue" in point for point in points), points


def test_a_quoted_post_without_a_stop_is_not_glued_to_the_next_sentence() -> None:
    """A quoted post whose line ends on its attribution, with no stop, is a line apart."""
    points = _points(
        '"The baths were the heart of this town," the Tarnley Swimming Club posted in reply',
        "The pool had been open for more than sixty years.",
    )
    assert "The pool had been open for more than sixty years." in points, points
