"""A lower-case noun or verb the model reads into the front of a person's name is cut off."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from generator.extract.lexicon import lexicon
from generator.extract.name_spans import clean_span


def _doc(words: list[str], pos: list[str], ents: list[str]) -> Doc:
    """A parsed-looking doc of ``words``, a space after each but the last two."""
    spaces = [True] * len(words)
    spaces[-2:] = [False, False]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos, ents=ents)


def test_noun_before_a_tagged_name_is_cut() -> None:
    """'the sitcom stars Ray Tolland as a baker': the person is Ray Tolland, not 'stars ...'."""
    doc = _doc(
        ["The", "sitcom", "stars", "Ray", "Tolland", "as", "a", "baker", "."],
        ["DET", "NOUN", "NOUN", "PROPN", "PROPN", "ADP", "DET", "NOUN", "PUNCT"],
        ["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O"],
    )
    span = clean_span(doc.ents[0], lexicon())
    assert span is not None and span.text == "Ray Tolland"
