"""A body's name with lower-case words inside it, which the model cut to its capitalised end.

"the Kelbian self-rule Authority", "the Tarnish fisheries Board": the model reads only
the capitalised words after the lower-case ones as the body ("Authority"), and the people's
word that opens the name apart (or not at all). When "the" opens a capitalised word that the
parse hangs on the body's name (or on what follows it), and only lower-case nouns (perhaps
joined by a hyphen) stand between that word and a body's name ending on a body's head noun,
the whole is one name: a common noun in lower case does not open a name, so the capital
before it belongs to the name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.body_and_names import BODY_HEADS
from generator.extract.doc_words import tokens_of
from generator.extract.span_ranges import replaced_by

#: Most lower-case words between the opening capital and the body's capitalised words.
_MOST_LOWER = 3
#: Tags of the lower-case words inside a name: nouns, and the hyphen of "self-rule".
_LOWER_TAGS = frozenset({"NN", "NNS", "HYPH"})
#: Labels the model may give the opening word alone: none, or a people's or a place's.
_OPENING_LABELS = frozenset({"", "NORP", "GPE"})


def with_lower_words_inside(spans: list[Span]) -> list[Span]:
    """The model's spans, with every body's name that opens with a capitalised word and lower-case
    nouns before the model's span taken whole (see the module's doc)."""
    found: list[Span] = []
    for span in spans:
        start = _name_start(span)
        if start is not None:
            found.append(Span(span.doc, start, span.end, label="ORG"))
    return replaced_by(spans, found) if found else spans


def _name_start(span: Span) -> int | None:
    """Where the whole name starts, when the span is a body's capitalised end after lower-case
    nouns and a capitalised opening word after "the"; else None."""
    if span.label_ != "ORG" or span.ent_id_ or span[-1].lower_ not in BODY_HEADS:
        return None
    if not all(t.is_title for t in span):
        return None
    tokens = tokens_of(span.doc)
    at = span.start - 1
    while at >= 0 and span.start - at <= _MOST_LOWER and _lower_word(tokens[at]):
        at -= 1
    if at == span.start - 1 or at < 1 or tokens[at + 1].tag_ == "HYPH":
        return None
    opening = tokens[at]
    if not _opening_word(opening, span) or tokens[at - 1].lower_ != "the":
        return None
    return at


def _lower_word(token: Token) -> bool:
    """A lower-case noun of a name, or the hyphen between two."""
    if token.tag_ not in _LOWER_TAGS or token.ent_type_:
        return False
    return token.text == "-" or (token.is_lower and token.is_alpha)


def _opening_word(token: Token, span: Span) -> bool:
    """A capitalised word the parse hangs on the name or on what the name qualifies (the
    parser reads "the Kelbian self-rule Authority's staff" as the Kelbian staff), never on a
    word before the name."""
    return (
        token.is_title
        and token.is_alpha
        and token.ent_type_ in _OPENING_LABELS
        and token.tag_ in ("JJ", "NNP", "NNPS")
        and token.head.i >= span.start
    )
