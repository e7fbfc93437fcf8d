"""Quotes of two words that are whole sentences: speech, not scare quotes or titles.

A quote under MIN_QUOTE_WORDS words is most often a label, a title or a scare quote
("the so-called ‘green deal’", 'from the pages of "King Lear."'). One that is a
sentence of its own is speech ("‘...,’ she said. ‘It’s exhausting.’"): it opens
with a capital, its stop stands inside the closing mark, and it starts where a
sentence or a quotation starts, at a paragraph's start or after a stop, a colon, a
comma or another quote's closing mark, not after a word of the sentence around it.
"""

from __future__ import annotations

from generator.extract.quote_marks import ALL_MARKS, MIN_FRAGMENT_WORDS, SENTENCE_STOPS, Quote

#: What may stand before a quote that starts a sentence of its own (besides a paragraph's
#: start): a stop, a colon or comma of an introduction, or another quote's mark.
_OPENERS = frozenset(".!?:,\u2026") | frozenset(ALL_MARKS)


def whole_sentence(text: str, quote: Quote) -> bool:
    """Whether a short quote is one spoken sentence standing on its own (see module)."""
    words = quote.text.split()
    if len(words) < MIN_FRAGMENT_WORDS or not words[0][:1].isupper():
        return False
    if not quote.text.rstrip().endswith(tuple(SENTENCE_STOPS)):
        return False
    before = text[: max(quote.parts[0][0] - 1, 0)].rstrip(" \t")
    return not before or before.endswith("\n") or before[-1] in _OPENERS
