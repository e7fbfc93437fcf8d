"""Paragraph bounds in a story's text.

The seed reader writes each paragraph on a line of its own, so a paragraph runs from just
after one line break to the next (or to the text's end). Rules that read "the rest of the
paragraph" or "what opens the paragraph" take their bounds from here.
"""

from __future__ import annotations

__all__ = ["paragraph_end", "paragraph_start"]


def paragraph_start(text: str, at: int) -> int:
    """The offset where the paragraph holding offset ``at`` begins."""
    return text.rfind("\n", 0, at) + 1


def paragraph_end(text: str, at: int) -> int:
    """The offset of the line break that ends the paragraph holding ``at``, or the text's
    length when the paragraph is the last."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end
