"""A body noun written as two words ("the think tank") refers back as the hyphened one does."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_the_think_tank_is_the_body_named_before() -> None:
    """'X Policy Centre published ... "...," the think tank said': the centre speaks."""
    text = (
        "The Brackwater Policy Centre published a study of rural bus fares on Monday.\n\n"
        '"Fares have doubled in a decade," the think tank said in its study.'
    )
    assert speakers(text)["Fares have doubled in a decade"] == "Brackwater Policy Centre"
