"""Sentence bounds set before the parser, which keeps the starts it is given.

The components are registered with spaCy on import; `nlp.load_nlp` adds those of
`BEFORE_PARSER` to the pipeline, in that order.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from generator.extract.lexicon import lexicon
from generator.extract.role_phrases import role_words

#: Most tokens one sentence may have. Later steps look at every token of a sentence
#: once per token (a headline from 2,000 tokens: minutes); in news no stretch of
#: 160 tokens lacks a full stop or line break, so only text with no sentence ends
#: is cut, at every MAX_SENTENCE_TOKENS tokens without one.
MAX_SENTENCE_TOKENS = 250
_SENTENCE_ENDS = (".", "!", "?", "\u2026")
#: Closing quote marks, straight and curly.
_CLOSING_MARKS = frozenset({'"', "'", "\u201d", "\u2019", "\u00bb"})
#: Their ids as a doc's ORTH column holds them (a string's hash is the same in every vocab).
_CLOSING_MARK_IDS = np.array([get_string_id(mark) for mark in _CLOSING_MARKS], dtype=np.uint64)


@Language.component("sentence_cap")
def sentence_cap(doc: Doc) -> Doc:
    """A sentence start after MAX_SENTENCE_TOKENS tokens with no sentence end or line break.

    Runs before the parser, which keeps the starts it is given.
    """
    if len(doc) <= MAX_SENTENCE_TOKENS:
        return doc  # no stretch is long enough: the first cap needs that many tokens before it
    orths = doc.to_array(ORTH)
    distinct, at_distinct = np.unique(orths, return_inverse=True)
    strings = doc.vocab.strings
    ends_of_distinct = np.array(
        [_ends_a_stretch(strings[int(orth)]) for orth in distinct.tolist()], dtype=bool
    )
    ends = np.flatnonzero(ends_of_distinct[at_distinct.reshape(-1)]).tolist()
    # A stretch runs from the token after an end (or the first) to the next end (or the
    # last token) inclusive; a cap falls on every MAX_SENTENCE_TOKENS-th token after its
    # first, as counting token by token from the stretch's start gives.
    start = 0
    for end in [*ends, len(doc) - 1]:
        for cap in range(start + MAX_SENTENCE_TOKENS, end + 1, MAX_SENTENCE_TOKENS):
            doc[cap].is_sent_start = True
        start = end + 1
    return doc


def _ends_a_stretch(text: str) -> bool:
    """Whether a token's text ends a sentence or holds a line break."""
    return text.endswith(_SENTENCE_ENDS) or "\n" in text


def _closing_marks_inside(doc: Doc) -> list[int]:
    """The positions, in text order, of the closing quote marks from the doc's second token
    to its third from last: the steps below look at those only, not at every token."""
    marks = np.isin(doc.to_array(ORTH), _CLOSING_MARK_IDS)
    return [i for i in np.flatnonzero(marks).tolist() if 1 <= i < len(doc) - 2]


@Language.component("title_stops")
def title_stops(doc: Doc) -> Doc:
    """No sentence starts after a title's abbreviation ("Atty. Ann Roke"); runs before the
    parser, which keeps the boundaries it is given."""
    titles = role_words().abbreviations
    for token in doc[:-1]:
        if token.lower_ in titles and token.text.endswith(".") and token.nbor().is_title:
            token.nbor().is_sent_start = False
    return doc


@Language.component("closing_marks")
def closing_marks(doc: Doc) -> Doc:
    """A quote mark glued after a sentence's stop at a paragraph's end closes that sentence
    ('... refused to move."' then a new paragraph): the parser reads it as the next
    sentence's first word, which cuts the closing mark off a quoted key point."""
    for i in _closing_marks_inside(doc):
        token, stop, gap = doc[i], doc[i - 1], doc[i + 1]
        if (
            not stop.whitespace_
            and stop.text.endswith(_SENTENCE_ENDS)
            and gap.is_space
            and "\n" in gap.text
        ):
            token.is_sent_start = False
            doc[token.i + 2].is_sent_start = True
    return doc


#: Most words of a speaker's name between a quote and its verb ("Gov. Ann Lee Vell asked").
_MAX_NAME_TOKENS = 4


@Language.component("marks_then_speaker")
def marks_then_speaker(doc: Doc) -> Doc:
    """No sentence starts after a question or exclamation closed by a quote mark when the
    speaker's attribution follows on the line ('"Why now?" Ann Vell asked the crowd.'): the
    parser starts one after "?", which leaves "Ann Vell asked the crowd." as a sentence of
    its own, with no words of what was asked."""
    verbs = lexicon().reporting_verbs
    for i in _closing_marks_inside(doc):
        token, stop, after = doc[i], doc[i - 1], doc[i + 1]
        if (
            stop.text in ("?", "!")
            and not stop.whitespace_
            and token.whitespace_
            and not after.is_space
            and _attribution_at(doc, after.i, verbs)
        ):
            after.is_sent_start = False
    return doc


def _attribution_at(doc: Doc, start: int, verbs: frozenset[str]) -> bool:
    """Whether a speaker's name and a verb of saying ("Ann Vell asked"), or a verb and its
    speaker ("asked Ann Vell"), start at ``start``."""
    if doc[start].lower_ in verbs:
        return start + 1 < len(doc) and doc[start + 1].tag_ in ("NNP", "PRP", "DT")
    end = start
    while end < len(doc) and end - start < _MAX_NAME_TOKENS and doc[end].tag_ == "NNP":
        end += 1
    return start < end < len(doc) and doc[end].lower_ in verbs


#: The components of this module, in the order the pipeline runs them.
BEFORE_PARSER = ("sentence_cap", "title_stops", "closing_marks", "marks_then_speaker")
