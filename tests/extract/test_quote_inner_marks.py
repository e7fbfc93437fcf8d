"""A double-quoted quote inside a British single-quoted one keeps both its marks at the
outer quote's edge (`quote_parts.make_quote`)."""

from __future__ import annotations

from generator.extract.quote_marks import find_quotes


def _texts(text: str) -> list[str]:
    return [q.text for q in find_quotes(text, 2)]


def test_an_inner_quote_at_the_end_keeps_its_closing_mark() -> None:
    """‘I thought, “Why now?”’: the inner question is closed in the quote's words."""
    text = "Orla Penn said: ‘I stood there and thought, “Why now, of all days?”’"
    assert _texts(text) == ["I stood there and thought, “Why now, of all days?”"]


def test_an_inner_quote_at_the_start_keeps_its_opening_mark() -> None:
    """‘“Hold still,” he said, and ...’: the inner words open with their mark."""
    text = "She wrote: ‘“Hold still,” the vet said, and reached for the lamb.’"
    assert _texts(text) == ["“Hold still,” the vet said, and reached for the lamb."]
