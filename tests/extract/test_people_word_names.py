"""A name made only of nation and faith words before a noun is a group, not a person."""

from __future__ import annotations

from generator.extract.lexicon import lexicon
from generator.extract.mentions import GROUP, PERSON, classify
from generator.extract.nlp import load_nlp


def _kinds(text: str, name: str) -> list[str]:
    doc = load_nlp()(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label="PERSON")
    assert span is not None
    return [m.kind for m in classify(span, lexicon())]


def test_nation_and_faith_words_before_a_noun_are_a_group() -> None:
    """'Kurdish Buddhist monks': the name qualifies a noun and names a group."""
    assert _kinds("Kurdish Buddhist monks met on Monday.", "Kurdish Buddhist") == [GROUP]


def test_a_surname_that_is_a_nation_word_stays_a_person() -> None:
    """'Tom English said': a first name and a verb after, a person."""
    assert _kinds("Tom English said the road was shut.", "Tom English") == [PERSON]


def test_a_title_before_keeps_the_person() -> None:
    """'Mr Christian Welsh' has a title: a person, whatever words the name holds."""
    kinds = _kinds("Mr Christian Welsh praised local staff.", "Christian Welsh")
    assert GROUP not in kinds
