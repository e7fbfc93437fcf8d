"""Paragraph bounds: a paragraph runs between line breaks, or to either end of the text."""

from __future__ import annotations

from generator.extract.paragraphs import paragraph_end, paragraph_start

_TEXT = "First line.\nSecond, longer line.\nLast."


def test_the_paragraph_holding_an_offset_starts_after_the_break_before_it() -> None:
    """An offset inside the second line gives the start of that line."""
    at = _TEXT.index("longer")
    assert paragraph_start(_TEXT, at) == _TEXT.index("Second")


def test_the_first_paragraph_starts_at_the_text_start() -> None:
    """An offset in the first line gives 0."""
    assert paragraph_start(_TEXT, 3) == 0


def test_the_paragraph_ends_at_its_line_break() -> None:
    """An offset inside the second line gives the offset of the break after it."""
    at = _TEXT.index("longer")
    assert paragraph_end(_TEXT, at) == _TEXT.index("\nLast")


def test_the_last_paragraph_ends_at_the_text_end() -> None:
    """An offset in the last line gives the text's length."""
    assert paragraph_end(_TEXT, _TEXT.index("Last")) == len(_TEXT)
