"""Whose words a quote is when the words just before it name it as a quotation of someone.

"The book starts under a quote from the poet Ann Lee: '...'" and "I keep thinking of a line
attributed to Ann Lee. '...'" give the quote to the one named, though no verb of saying
stands near it: the phrase introduces the very words that follow. Only a phrase that ends
the words before the quote counts, closed by a colon or a full stop and nothing else, so
"a quote from Lee about the harbour: '...'" (the phrase goes on) and "a line from Lee, and
his friend said: '...'" (another clause comes between) give nothing. The owner is the
proper noun after "from" or "by", or after "attributed to".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.quote_parts import Quote

__all__ = ["quotation_source"]

#: Nouns for words quoted from someone ("a quote from", "a line by", "a maxim from").
QUOTATION_NOUNS = frozenset(
    ["quote", "quotation", "line", "lines", "saying", "maxim", "motto", "dictum", "epigraph"]
)
#: Prepositions that name the author right after such a noun.
_AUTHOR_PREPS = frozenset(["from", "by"])
#: The punctuation that may close the introducing phrase before the opening mark.
_CLOSERS = frozenset([":", "."])


def quotation_source(doc: Doc, quote: Quote) -> Token | None:
    """The proper noun naming whose quotation the phrase right before ``quote`` says it is
    ("a quote from the poet Ann Lee: '...'" gives "Lee"), or None."""
    start = doc.char_span(quote.parts[0][0], quote.parts[0][1], alignment_mode="expand")
    if start is None or start.start == 0:
        return None
    at = start.start - 1
    closers = 0
    # Back over the opening mark, spaces and one colon or full stop to the phrase's end.
    while at >= 0 and (doc[at].is_punct or doc[at].is_space):
        if doc[at].text in _CLOSERS:
            closers += 1
        elif not (doc[at].is_quote or doc[at].is_space):
            return None
        at -= 1
    if at < 0 or closers != 1:
        return None
    last = doc[at]
    owner = _author_of_phrase(last)
    return owner if owner is not None and owner.pos_ == "PROPN" else None


def _author_of_phrase(last: Token) -> Token | None:
    """The author's noun when ``last`` ends a "quote from/by X" or "quote attributed to X"
    phrase: the noun whose subtree ends at ``last``."""
    name, object_ = last, last
    # "a line by the poet Ann Lee": the parser may make the name an apposition of the
    # noun that is the object, or hang its last word on another.
    while object_.dep_ in ("compound", "appos", "flat"):
        object_ = object_.head
    if object_.lower_ in QUOTATION_NOUNS:
        # "a quote from poet Ann Lee": the parser may hang the name on the quotation noun,
        # beside the title after "from" that stands right before the name.
        return name if _titled_author(object_, name) and _ends_at(object_, last) else None
    prep = object_.head
    if object_.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    head = prep.head
    if prep.lower_ in _AUTHOR_PREPS and head.lower_ in QUOTATION_NOUNS:
        return name if _ends_at(head, last) else None
    if (
        prep.lower_ == "to"
        and head.lower_ == "attributed"
        and head.dep_ == "acl"
        and head.head.lower_ in QUOTATION_NOUNS
    ):
        return name if _ends_at(head.head, last) else None
    return None


def _titled_author(noun: Token, name: Token) -> bool:
    """Whether the quotation noun's "from" or "by" ends in a title right before the name
    the parser set beside the noun ("a quote from poet Ann Lee")."""
    start = min(t.i for t in name.subtree)
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in _AUTHOR_PREPS
        and any(o.dep_ == "pobj" and o.i == start - 1 for o in prep.children)
        for prep in noun.children
    )


def _ends_at(noun: Token, last: Token) -> bool:
    """Whether the quotation noun's phrase runs to the end of the author's name."""
    return max(t.i for t in noun.subtree) == max(t.i for t in last.subtree)
