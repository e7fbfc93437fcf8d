"""Typographers' apostrophes parse as typewriter ones; the text keeps them."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.roles import role_of

STORY = (
    "Three men were convicted after the murdered teen{a}s mother Marisol Vance told a jury"
    " that her life was over."
)


def _parse(doc_text: str, nlp: Language) -> list[tuple[str, str, int]]:
    return [(t.tag_, t.dep_, t.head.i) for t in nlp(doc_text)]


def test_a_curly_apostrophe_parses_as_a_straight_one(nlp: Language) -> None:
    """ "the murdered teen’s mother Marisol Vance": the same tags and tree as with "teen's"."""
    curly, straight = STORY.format(a="\u2019"), STORY.format(a="'")
    assert _parse(curly, nlp) == _parse(straight, nlp)
    assert nlp(curly).text == curly


def test_a_lone_curly_mark_keeps_its_own_features(nlp: Language) -> None:
    """The mark that closes a quote (‘...’) is not read as an apostrophe."""
    doc = nlp("\u2018We will win,\u2019 she said.")
    closing = next(t for t in doc if t.text == "\u2019")
    assert closing.shape_ == "\u2019"


def test_a_role_before_a_name_with_a_curly_possessive(nlp: Language) -> None:
    """The role before the name is read in British copy as in American copy."""
    entities = extract_entities(nlp(STORY.format(a="\u2019")))
    vance = next(e for e in entities if e.name == "Marisol Vance")
    assert role_of(vance) == "murdered teen's mother"
