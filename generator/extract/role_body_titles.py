"""A body's name with "of" in it before a title: "Bank of Tarland Governor Jo Roe".

The title read leftwards from a name stops at "of", which is right for "the son of nurse Jo
Roe" but cuts a body's name written whole before the title ("Bank of Tarland", "University
of Kelby"): the body tells whose office it is, as "Acme chief" does. The body is the
model's organization entity that ends right where the title starts.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.role_context import ents_of
from generator.extract.sentence_index import sentence_of

__all__ = ["with_body_before"]


def with_body_before(title: str | None, span: Span) -> str | None:
    """ "Bank of Tarland Governor" for the title "Governor" of "Bank of Tarland Governor Jo
    Roe"; the title unchanged when no such body is written right before it."""
    if not title:
        return title
    doc = span.doc
    # Roles are read once the entities are final: `ents_of` gives ``Span.ents`` from its index.
    for ent in ents_of(sentence_of(span)):
        if ent.label_ != "ORG" or ent.end >= span.start:
            continue
        if not any(t.lower_ == "of" for t in ent[1:-1]):
            continue  # "Acme" or "Acme Bank": the title's walk keeps such a name whole
        between = doc[ent.end : span.start].text
        if between.casefold() == title.casefold():
            body = ent[1:] if ent[0].lower_ == "the" else ent
            return f"{body.text} {title}"
    return title
