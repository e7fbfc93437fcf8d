"""Who speaks in an absolute "with X commenting: '...'" the parser split apart.

"The clip spread, with one viewer, Ann Vell, commenting: '...'", set off by a comma, makes
the participle of saying a clause of the main verb ("spread") with no subject, and "one
viewer, Ann Vell" the object of "with". The noun phrase that "with" governs, ending right
before the participle, is who speaks when it is a name or has one set beside it; a common
noun alone ("with one viewer commenting") names nobody.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quote_marks import Quote
from generator.extract.speech import SUBJECT_DEPS, in_any

__all__ = ["with_subject"]


def with_subject(verb: Token, quote: Quote) -> Token | None:
    """The object of a "with" that ends right before a participle of saying with no
    subject, before the quote ("with Ann Vell, a viewer, writing: '...'"), or None."""
    if verb.tag_ != "VBG" or verb.idx > quote.parts[0][0]:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    at = verb.i - 1
    while at >= 0 and doc[at].text == ",":
        at -= 1
    if at < 1 or in_any(doc[at], quote):
        return None
    last = doc[at]
    # Climb from the word before the participle to the noun "with" governs.
    noun = last
    while noun.dep_ in ("appos", "compound", "flat", "conj") and noun.head.i < noun.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    with_ = noun.head
    if with_.i == 0 or doc[with_.i - 1].text != ",":
        return None  # "started working with Lee, describing ...": Lee's partner describes
    if at != verb.i - 1 and last.dep_ != "appos":
        return None  # only an aside's closing comma may stand before the participle
    if max(t.i for t in noun.subtree if not t.is_punct) != at:
        return None  # "with a plan for the harbour, saying": words the phrase does not hold
    if noun.pos_ == "PROPN":
        return noun
    # "with one viewer commenting" names nobody; "with a statement, saying" is a deed's
    named = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return named[0] if len(named) == 1 else None
