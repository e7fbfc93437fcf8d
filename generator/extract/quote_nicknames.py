"""Quoted nicknames: the name someone or something is known by, not anyone's words.

"She is known to fans as ‘the Quiet Giant’", "neighbours dubbed them ‘the lollipop
gang’", "a boxer nicknamed ‘the Harbour Hammer’": the verb of naming right before the
opening mark says the quoted words are what people call the one named, a definite or
proper noun phrase of no clause. Speech keeps a finite verb, a first or second person or
an outcry, and a judgement stays a quote: an indefinite one ("dubbed him ‘a bully with
gloves on’"), or one that "branded", "called" or "described as" hold ("branded the plan
‘a shambles’").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.nlp import text_of
from generator.extract.quote_marks import ALL_MARKS, Quote

__all__ = ["quoted_nickname"]

#: Most words a quoted nickname has ("the keeper with the golden gloves of Tarland").
MAX_NICKNAME_WORDS = 9
#: How far before the opening mark the verb of naming is looked for, in characters.
_REACH = 60
#: A verb of naming that ends the text before the opening mark: "nicknamed", "dubbed" (with
#: "him", "her" or "them" after it), "known as", "known to fans as" (a few words between).
_NAMING = re.compile(
    r"(?:\b(?:nicknamed|dubbed)(?:\s+(?:him|her|them|himself|herself|themselves))?"
    r"|\bknown(?:\s+(?:to|among|by)(?:\s+[\w’'-]+){1,3})?\s+as)\s*$",
    re.IGNORECASE,
)
#: Words of someone speaking: speech, whatever the verb before it.
_PERSONAL = frozenset(["i", "i'm", "i’m", "we", "me", "my", "our", "us", "you", "your"])
#: Tags of a finite verb: a clause, which a nickname has none of at its head.
_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])


def quoted_nickname(doc: Doc, quote: Quote) -> bool:
    """Whether the quote is a nickname a verb of naming gives ("known as ‘the Quiet
    Giant’"), not speech: a short noun phrase with no finite verb, no "I", "we" or
    "you" and no outcry."""
    if len(quote.parts) != 1:
        return False
    words = quote.text.strip(" .,;:").split()
    if not 1 <= len(words) <= MAX_NICKNAME_WORDS or quote.text.rstrip(" ,.").endswith(("!", "?")):
        return False
    if any(w.strip(ALL_MARKS + "().,;:").lower() in _PERSONAL for w in words):
        return False
    # A name is definite or proper ("the Harbour Hammer", "Big Mick"); "dubbed him ‘a
    # bully with gloves on’" is a judgement in the speaker's words.
    if words[0].lower() != "the" and not words[0][:1].isupper():
        return False
    text = text_of(doc)
    start, end = quote.parts[0]
    before = text[max(0, start - _REACH) : start].rstrip(" " + ALL_MARKS)
    if "\n" in before:
        before = before[before.rfind("\n") + 1 :]
    if _NAMING.search(before) is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(t.tag_ in _FINITE for t in span)
