"""Whose words a phrase "in his words" or "in the words of Lee" says a quote is.

"The plan was, in his words, ‘a betrayal of the town’" gives the quote to the one
the phrase names, though no verb of saying stands near it. Only a phrase in the
clause that holds the quote counts ("in other words" names nobody), and the owner
is a possessive ("his", "Lee's") or the object of "of" ("in the words of Lee").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.quote_marks import Quote
from generator.extract.speech import in_any

#: The nouns of "in his words", "in her own phrase".
WORDS_NOUNS = frozenset(["words", "phrase"])


def words_owner(doc: Doc, quote: Quote) -> Token | None:
    """The owner named by an "in X's words" phrase of the clause that holds the quote:
    the possessive ("his", "Lee's") or the noun after "of" ("in the words of Lee")."""
    first, last = quote.parts[0][0], quote.parts[-1][1]
    span = doc.char_span(first, last, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    for noun in sent:
        if noun.lower_ not in WORDS_NOUNS or in_any(noun, quote):
            continue
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or not _holds_quote(prep.head, quote):
            continue
        for child in noun.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _holds_quote(clause: Token, quote: Quote) -> bool:
    """Whether the quote's words hang from ``clause``: the phrase and the quote share it."""
    return any(in_any(t, quote) and not t.is_punct for t in clause.subtree)
