"""A caption whose label the parser cut off ("Whoosh:" | "A reporter ...") is still a caption."""

from __future__ import annotations

from generator.extract.nlp import load_nlp
from generator.extract.summary import digest

_STORY = (
    "A toy maker in Dunmore has built a robot that folds laundry. "
    "Whoosh: A reporter for the Dunmore Gazette dodges a flying sock . "
    "The robot costs about 400 pounds to build. "
    "Its maker hopes to sell it in shops next year. "
    "It can fold a shirt in ten seconds."
)


def test_a_caption_cut_from_its_label_is_no_key_point() -> None:
    """The caption after a label the parser split off is passed over like a labelled one."""
    points = digest(load_nlp()(_STORY)).key_points
    assert not any("flying sock" in point for point in points)
    assert "It can fold a shirt in ten seconds." in points
