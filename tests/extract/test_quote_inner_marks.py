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


def test_a_straight_inner_quote_at_the_end_keeps_its_closing_mark() -> None:
    """'... "Who did this?"' in straight marks: the inner question keeps its close."""
    text = "Ida Crane said: 'The neighbours will ask \"who left the gate open?\"' Then she left."
    assert _texts(text) == ['The neighbours will ask "who left the gate open?"']


def test_a_straight_inner_quote_before_a_comma_keeps_its_closing_mark() -> None:
    """'I thought, "Not today",' she said: the inner words stay closed."""
    text = (
        "'The barley was nearly ready,' said Ida Crane, a farmer in Oxley. 'I looked at the"
        " sky and thought, \"Not today\",' she said. 'So we waited for the sun.'"
    )
    assert _texts(text)[1] == 'I looked at the sky and thought, "Not today"'
