"""Two people's full names the model read as one: "Harriet Quillby Tobias Marrow".

A list without commas or a photo credit sets two names side by side, and the model
makes one person of four words. The span is two people when its first and third words
are common given names of one sex (data/given_names.yaml) and its second and fourth
are not: "Mary Ellen Tobias Marrow" (a second given name) stays whole, as does a name
whose third word is no given name ("Omar Said Haddad Nasser").
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.referent_given_names import given_name_sex

__all__ = ["split_full_name_pair"]


def _given(word: str) -> bool:
    return given_name_sex(word) is not None


def split_full_name_pair(span: Span) -> list[Span] | None:
    """The two full names of a four-word person's span that sets two side by side, each a
    person; None when the span is no such pair."""
    if span.label_ != "PERSON" or len(span) != 4 or span.ent_id_:
        return None
    if not all(t.is_alpha and t.is_title and len(t) > 1 for t in span):
        return None  # particles, initials and hyphens belong to one person's name
    first, surname, second, last = (t.text for t in span)
    if not (_given(first) and _given(second)) or _given(surname) or _given(last):
        return None
    doc, cut = span.doc, span.start + 2
    pieces = [doc[span.start : cut], doc[cut : span.end]]
    for piece in pieces:
        piece.label_ = "PERSON"
    return pieces
