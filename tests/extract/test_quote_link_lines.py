"""A page's link line in capitals ("READ MORE: ...") joined into a speech with spaces
only is left out of the speech, which goes on after it (`quote_flat_lines`)."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_read_more_line_inside_a_flattened_speech_is_left_out() -> None:
    """'...the gate. READ MORE: headline 'The next...': the headline is no speech."""
    text = (
        "Petra Lusk said: 'The van was already at the gate. "
        "READ MORE: Quarry lorries banned from village lanes 'The next minute it was gone.'"
    )
    assert texts(text) == ["The van was already at the gate. The next minute it was gone."]


def test_a_related_line_inside_a_double_quoted_speech_is_left_out() -> None:
    """The same for a speech in double marks and a "RELATED:" line."""
    text = (
        'Bo Harker said: "We had no warning at all. '
        'RELATED: Flood defences to be reviewed "The water just kept coming."'
    )
    assert texts(text) == ["We had no warning at all. The water just kept coming."]
