"""Sentence bounds set before the parser, which keeps the starts it is given.

The components are registered with spaCy on import; `nlp.load_nlp` adds those of
`BEFORE_PARSER` to the pipeline, in that order.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.role_phrases import role_words

#: Most tokens one sentence may have. Later steps look at every token of a sentence
#: once per token (a headline from 2,000 tokens: minutes); in news no stretch of
#: 160 tokens lacks a full stop or line break, so only text with no sentence ends
#: is cut, at every MAX_SENTENCE_TOKENS tokens without one.
MAX_SENTENCE_TOKENS = 250
_SENTENCE_ENDS = (".", "!", "?", "\u2026")
#: Closing quote marks, straight and curly.
_CLOSING_MARKS = frozenset({'"', "'", "\u201d", "\u2019", "\u00bb"})


@Language.component("sentence_cap")
def sentence_cap(doc: Doc) -> Doc:
    """A sentence start after MAX_SENTENCE_TOKENS tokens with no sentence end or line break.

    Runs before the parser, which keeps the starts it is given.
    """
    since_end = 0
    for token in doc:
        if since_end >= MAX_SENTENCE_TOKENS:
            token.is_sent_start = True
            since_end = 0
        since_end += 1
        if token.text.endswith(_SENTENCE_ENDS) or "\n" in token.text:
            since_end = 0
    return doc


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
    for token in doc[1:-2]:
        stop, gap = doc[token.i - 1], doc[token.i + 1]
        if (
            token.text in _CLOSING_MARKS
            and not stop.whitespace_
            and stop.text.endswith(_SENTENCE_ENDS)
            and gap.is_space
            and "\n" in gap.text
        ):
            token.is_sent_start = False
            doc[token.i + 2].is_sent_start = True
    return doc


#: The components of this module, in the order the pipeline runs them.
BEFORE_PARSER = ("sentence_cap", "title_stops", "closing_marks")
