"""Sentences that lean on the text around them come behind those that stand on their own."""

from __future__ import annotations

from generator.extract.nlp import load_nlp
from generator.extract.summary import digest

_LEAD = "The Pelham Rowing Club will close its boathouse on the Wend for two years from March.\n\n"


def _points(text: str) -> list[str]:
    return digest(load_nlp()(_LEAD + text)).key_points


def test_an_opening_quotation_comes_behind_a_statement() -> None:
    """'"We will fight on," she said.' gives way to a later sentence that says what happened."""
    points = _points(
        "The club's members voted for the closure at a meeting on Tuesday night.\n\n"
        '"The doors will stay shut until the roof is mended," the club secretary said.\n\n'
        "Repairs to the slipway and the roof will cost about 400,000 pounds.\n\n"
        "Crews will train at a reservoir six miles away until the work ends."
    )
    assert not any(point.startswith('"The doors will') for point in points)
    assert points[-1].startswith("Repairs to the slipway")


def test_a_pronoun_pointing_back_comes_behind_a_statement() -> None:
    """A point whose subject is a bare "This" points at a sentence the reader does not see."""
    points = _points(
        "The club's members voted for the closure at a meeting on Tuesday night.\n\n"
        "This was the third vote on the plan in a year.\n\n"
        "Repairs to the slipway and the roof will cost about 400,000 pounds.\n\n"
        "Crews will train at a reservoir six miles away until the work ends."
    )
    assert not any(point.startswith("This was") for point in points)
    assert points[-1].startswith("Repairs to the slipway")


def test_a_leaning_sentence_fills_a_short_story_in_story_order() -> None:
    """With too few other sentences, a quotation is still a point, in its place in the story."""
    points = _points(
        '"The doors will stay shut until the roof is mended," the club secretary said.\n\n'
        "Repairs to the slipway and the roof will cost about 400,000 pounds."
    )
    assert points[1].startswith('"The doors will')
    assert points[2].startswith("Repairs to the slipway")


def test_a_determiner_this_is_no_pointer() -> None:
    """ "This summer ..." opens on a time, not on a pronoun: the sentence stands as it is."""
    points = _points(
        "The club's members voted for the closure at a meeting on Tuesday night.\n\n"
        "This summer the crews will race from a borrowed pontoon.\n\n"
        "Repairs to the slipway and the roof will cost about 400,000 pounds.\n\n"
        "Crews will train at a reservoir six miles away until the work ends."
    )
    assert any(point.startswith("This summer") for point in points)
