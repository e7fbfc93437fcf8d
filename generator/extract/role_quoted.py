"""Whether words stand inside quoted speech.

A quote's words are its speaker's, not the narrator's description: "my boss Ann
Vell" inside a quote says who she is to the speaker, and a misread sentence of
speech ("I saw posts Ann's owner Jo made") is no title at all. Roles are read
from the narrator's words only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import kept_per_doc
from generator.extract.nlp import text_of
from generator.extract.quote_marks import MIN_QUOTE_WORDS, find_quotes
from generator.extract.speech import QuoteText

__all__ = ["in_quote"]

_KEY = "briefings_role_quoted"


def _quoted(doc: Doc) -> QuoteText:
    """Where the quotations of ``doc`` are, found once per doc."""
    return kept_per_doc(doc, _KEY, lambda d: QuoteText(find_quotes(text_of(d), MIN_QUOTE_WORDS)))


def in_quote(words: Span | Token) -> bool:
    """Whether a token, or the first token of a span, stands inside a quotation, not in
    square brackets there: "[the club's coach Jo Ames]" is the writer's, put in."""
    token = words if isinstance(words, Token) else words[0]
    opened = _quoted(token.doc).opened_at(token.idx)
    if opened is None:
        return False
    before = text_of(token.doc)[opened : token.idx]
    return before.rfind("[") <= before.rfind("]")
