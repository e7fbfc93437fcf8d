"""Evidence that a name the model reads as a person's is an employer's: "He joins from Tarn
Hollis, where he ran the food business", "she was at Quill Marsh, where she led sales".

A clause of "where" after a comma tells what happens at a name, which makes the name a place
or a body: people are not where things happen. Here only a name that a move or a post at a
workplace comes before ("from", "at", "joined", "left") is read so: those are an employer's,
and a body's name (a firm, a bank) is often made like a person's. Without them, "he stayed
with his brother Sid, where ..." would lose Sid, whose home the clause is about.
"""

from __future__ import annotations

from generator.extract.mentions import ORG, Mention

__all__ = ["where_clause_votes"]

#: Words before an employer's name: "joins from", "was at", "joined", "left".
_BEFORE = frozenset({"from", "at", "joined", "joins", "join", "left", "leaves", "leave", "quit"})
#: Weight: more than the model's person label and a given name's evidence together.
_WEIGHT = 3.0


def where_clause_votes(mention: Mention) -> None:
    """A body's vote for a name read as a person's that a move or a post comes before and
    ", where" comes after (see the module)."""
    span = mention.span
    if span.label_ != "PERSON" or mention.place is not None or span.start == 0:
        return
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return
    if doc[span.end + 1].lower_ != "where" or doc[span.start - 1].lower_ not in _BEFORE:
        return
    mention.vote(ORG, _WEIGHT)  # "joins from Tarn Hollis, where he ran the food business"
