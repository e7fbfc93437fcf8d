"""A sentence inside a quotation opened with a single mark is no key point of its own."""

from __future__ import annotations

from generator.extract.nlp import load_nlp
from generator.extract.summary import digest

_LEAD = "A ferry bound for Tarnley ran aground on a sandbank in thick fog on Sunday morning.\n\n"


def _points(text: str) -> list[str]:
    return digest(load_nlp()(_LEAD + text), count=5).key_points


def test_the_middle_of_a_curly_single_quote_is_not_a_point() -> None:
    """ "\u2018We hit the bank, \u2019 he said, \u2018and we\u2019re stuck. | Nobody moved." """
    points = _points(
        "\u2018We hit the bank hard,\u2019 the skipper recalled, \u2018and we\u2019re still"
        " stuck out here. Nobody on board could move for hours. I have sailed these waters"
        " for thirty years, through gales and snow and every kind of sea the winter can"
        " throw at a small boat, and I have never once seen a fog come down as fast as that"
        " one did.\u2019\n\nCoastguards said all the passengers were safe."
    )
    assert not any(p.startswith("Nobody on board") for p in points), points
    assert any(p.startswith("Coastguards said") for p in points), points


def test_a_quote_closed_after_a_word_leaves_the_next_sentence_free() -> None:
    """ "called it ‘a farce’." leaves the next sentence free; "the crews' union" opens nothing."""
    points = _points(
        "The skipper called the rescue \u2018a total farce\u2019. The council has promised a"
        " review of the crossing.\n\nThe crews' union said it would back the inquiry."
    )
    assert any(p.startswith("The council has promised") for p in points), points
    assert any(p.startswith("The crews' union") for p in points), points
