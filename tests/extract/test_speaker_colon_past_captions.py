"""A paragraph ending in a colon introduces the quote after a photo caption set between."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

TEXT = (
    "Retired nurse Ellen Tarrow, 71, was rescued from her bungalow by firefighters on "
    "Tuesday morning.\n\n"
    "Speaking outside the rest centre, Mrs Tarrow told reporters:\n\n"
    "Pictured: Firefighters wade through the flooded street in Pennock on Tuesday\n\n"
    "'I have lived here for forty years and I have never seen anything like it.'\n\n"
    "Her neighbour Alun Prys added:\n\n"
    "Pictured: The river burst its banks shortly after midnight\n\n"
    "'The water came up through the floorboards in minutes.'"
)


def test_told_reporters_colon_reaches_past_a_caption() -> None:
    """ "X told reporters: / Pictured: ... / '...'": X's words, not the next speaker's."""
    assert speakers(TEXT)[0][1] == "Ellen Tarrow"


def test_added_colon_reaches_past_a_caption() -> None:
    """ "Her neighbour X added: / Pictured: ... / '...'": the neighbour's words."""
    assert speakers(TEXT)[1][1] == "Alun Prys"
