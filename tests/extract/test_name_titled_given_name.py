"""A given name the model read alone after a title grows to the surname the parse joins it to."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from generator.extract.lexicon import lexicon
from generator.extract.name_spans import clean_span

_WORDS = ["Harbour", "Chancellor", "Ann", "Vell", "said", "so", "."]
_POS = ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"]
_DEPS = ["compound", "compound", "compound", "nsubj", "ROOT", "advmod", "punct"]


def _doc(last_pos: str = "PROPN", label_last: bool = False) -> Doc:
    pos = [*_POS[:3], last_pos, *_POS[4:]]
    ents = ["O", "O", "B-NORP", "B-GPE" if label_last else "O", "O", "O", "O"]
    return Doc(
        spacy.blank("en").vocab,
        words=_WORDS,
        spaces=[True, True, True, True, True, False, False],
        pos=pos,
        deps=_DEPS,
        heads=[3, 3, 3, 4, 4, 4, 4],
        ents=ents,
    )


def test_given_name_after_title_grows_to_surname() -> None:
    """'Harbour Chancellor Ann Vell said': the span 'Ann' becomes the person 'Ann Vell'."""
    doc = _doc()
    span = clean_span(doc.ents[0], lexicon())
    assert span is not None and (span.text, span.label_) == ("Ann Vell", "PERSON")


def test_labelled_head_is_not_taken() -> None:
    """A head the model labelled itself stays its own entity."""
    doc = _doc(label_last=True)
    span = clean_span(doc.ents[0], lexicon())
    assert span is not None and span.text == "Ann"
