"""A parent and a count of children written before a name without hyphens ("Father of
three Gary Penn", "said grandmother of six Ann Toller"): the number ends the title, where
`role_titles` reads only nouns up to the name."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import tokens_of

__all__ = ["counted_parent"]

#: Nouns for a parent or grandparent, the head of "mother of two".
_PARENTS = frozenset(
    {"mother", "father", "mum", "mom", "dad", "parent", "grandmother", "grandfather"}
    | {"grandparent", "grandma", "gran", "granny", "grandad", "granddad", "grandpa"}
)


def counted_parent(span: Span, start: int) -> str | None:
    """ "Father of three" right before the name that starts at ``start`` (past courtesy
    titles), with the adjectives before the parent ("proud mother of two") and the pieces
    of a word it ends ("great-grandmother of five"); None when there is none."""
    doc = span.doc
    tokens = tokens_of(doc)
    if start < 3:
        return None
    count, of, parent = tokens[start - 1], tokens[start - 2], tokens[start - 3]
    if not (count.like_num and of.lower_ == "of" and parent.lower_ in _PARENTS):
        return None
    if count.ent_type_ not in ("", "CARDINAL") or tokens[start - 1].whitespace_ == "":
        return None
    first = parent.i
    while first > 0 and (
        not tokens[first - 1].whitespace_  # "great-" of "great-grandmother"
        or (tokens[first - 1].pos_ == "ADJ" and tokens[first - 1].head == parent)
    ):
        first -= 1
    return doc[first:start].text
