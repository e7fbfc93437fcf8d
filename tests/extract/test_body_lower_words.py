"""A body's name with lower-case nouns inside it is taken whole, not cut to its last words."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.body_lower_words import with_lower_words_inside
from generator.extract.entities import mentions_of
from generator.extract.mentions import ORG

_WORDS = ["staff", "of", "the", "Kelbian", "self", "-", "rule", "Authority", "met", "."]
_TAGS = ["NNS", "IN", "DT", "JJ", "NN", "HYPH", "NN", "NNP", "VBD", "."]
_HEADS = [8, 0, 7, 7, 6, 6, 7, 1, 8, 8]


def _spans(opening_tag: str = "JJ", the: str = "the") -> list[tuple[str, str]]:
    """The spans `with_lower_words_inside` makes of the model's 'Kelbian' and 'Authority'."""
    words = [*_WORDS[:2], the, *_WORDS[3:]]
    tags = [*_TAGS[:3], opening_tag, *_TAGS[4:]]
    spaces = [True, True, True, True, False, False, True, True, False, False]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        heads=_HEADS,
        deps=["dep"] * len(words),
        ents=["O", "O", "O", "B-NORP", "O", "O", "O", "B-ORG", "O", "O"],
    )
    return [(s.text, s.label_) for s in with_lower_words_inside(list(doc.ents))]


def test_lower_case_nouns_inside_a_body_name() -> None:
    """'the Kelbian self-rule Authority': one body, the people's word and all."""
    assert _spans() == [("Kelbian self-rule Authority", "ORG")]


def test_no_the_before_the_name_leaves_the_spans() -> None:
    """Without 'the' before the capital, the capital may describe: the spans stay."""
    assert _spans(the="some") == [("Kelbian", "NORP"), ("Authority", "ORG")]


def test_parsed_sentence_keeps_the_whole_name(nlp: Language) -> None:
    """The model's 'Authority' alone becomes the whole 'Kelbian self-rule Authority'."""
    doc = nlp("Officials of the Kelbian self-rule Authority met on Friday.")
    bodies = {m.text for m in mentions_of(doc) if m.kind == ORG}
    assert bodies == {"Kelbian self-rule Authority"}
