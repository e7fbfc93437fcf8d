"""A body's name across "and" that the text's own initials for it spell whole.

"the Rider and Boat Permits Agency" and, elsewhere, "the RBPA": the model may read the
word before "and" as a body of its own ("Rider") and the rest as another, so the one body
became two and its initials a third. The capitalised words before "and" open the body's
name when the initials of the whole name, small linking words skipped, are written in
the story as a word of capitals: the letters the text itself gives the body. Two bodies
joined by "and" ("the Federal Rail Administration and Federal Canal Administration", "the
FRA and the FCA") spell no such word together.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import capital_words
from generator.extract.lexicon import SKIPPED_IN_INITIALS

#: Most capitalised words before "and" taken into the name.
_MOST_WORDS_BEFORE = 3
#: Labels the words before "and" may bear: none, a place's, or a body's read apart.
_BEFORE_LABELS = frozenset({"", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _name_word(token: Token) -> bool:
    """A capitalised word of letters that a body read apart or no entity holds."""
    return token.is_title and token.is_alpha and token.ent_type_ in _BEFORE_LABELS


def _initials(words: list[Token]) -> str:
    """The first letters of ``words`` that are no small linking word, in capitals."""
    return "".join(t.text[0] for t in words if t.lower_ not in SKIPPED_IN_INITIALS).upper()


def _start_before_and(span: Span, capitals: frozenset[str]) -> int | None:
    """Where the name of ``span`` opens before its "and" when the whole's initials are a
    word of ``capitals``; None when they are not (the fewest words before "and" first)."""
    doc = span.doc
    at = span.start - 1
    if at < 1 or doc[at].lower_ != "and" or not span[0].is_title:
        return None
    for first in range(at - 1, max(at - 1 - _MOST_WORDS_BEFORE, -1), -1):
        if not _name_word(doc[first]) or not doc[first].whitespace_:
            return None
        letters = _initials(list(doc[first : span.end]))
        if letters in capitals and _initials(list(span)) != letters:
            if first > 0 and _name_word(doc[first - 1]) and not doc[first - 1].is_sent_start:
                continue  # the capitals go on before: a longer name or a list
            return first
    return None


def spelt_across_and(spans: list[Span]) -> list[Span]:
    """``spans`` with each body's name extended back over "and" and the capitalised words
    before it when the whole's initials are written in the story (see the module); the
    spans inside the extension dropped."""
    if not any(s.label_ == "ORG" for s in spans):
        return spans
    capitals = capital_words(spans[0].doc)
    if not capitals:
        return spans
    out: list[Span] = []
    for span in spans:
        first = None
        if span.label_ == "ORG" and not span.ent_id_:
            first = _start_before_and(span, capitals)
        if first is None or any(s.start < first < s.end for s in out[-2:]):
            out.append(span)
            continue
        while out and out[-1].start >= first:
            out.pop()  # "Rider" read as a body of its own
        out.append(Span(span.doc, first, span.end, label="ORG"))
    return out
