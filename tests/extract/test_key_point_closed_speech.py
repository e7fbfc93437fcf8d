"""A key point that brings in speech running on past it closes the quotation at its end."""

from __future__ import annotations

from generator.extract.nlp import load_nlp
from generator.extract.summary import digest

_LEAD = "Tarn Rovers signed the teenage winger Ana Pell from a village side on Friday.\n\n"
_SPEECH = (
    "Their manager said: \u2018Ana is the quickest player I have worked with. "
    "She reads the game like a veteran. Her touch is already close to perfect. "
    "She will improve every month she spends with us here. "
    "We think she can play for her country within two seasons.\u2019\n\n"
)
_REST = "The fee was not disclosed.\n\nPell had scored 31 goals for her village side last season."


def test_a_point_closes_the_speech_it_opens() -> None:
    """Speech that runs on past the point ends in a closing mark after the point's words."""
    points = digest(load_nlp()(_LEAD + _SPEECH + _REST)).key_points
    assert (
        "Their manager said: \u2018Ana is the quickest player I have worked with.\u2019" in points
    )


def test_a_point_whose_quotation_closes_gets_no_extra_mark() -> None:
    """A quotation the sentence closes itself ("... 'quick,' and ...") is left as written."""
    closed = "Their manager called her \u2018quick\u2019 and said she would start on Saturday."
    points = digest(load_nlp()(_LEAD + closed + "\n\n" + _REST)).key_points
    assert closed in points
