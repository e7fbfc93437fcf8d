"""Evidence of a body's name in its initials: a name of several words with its initials
after it in brackets ("Clean Air England (CAE)"), or in brackets after initials it spells
out ("SKP (Severn Kite Power)"); people are not called by their initials so."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import token_at as _token
from generator.extract.lexicon import initials

__all__ = ["initials_follow", "spells_out_initials"]


def initials_follow(span: Span) -> bool:
    """Whether the initials of a name of several words follow it in brackets:
    "Clean Air England (CAE)", "Bank of Sale (BoS)"; people are not called so."""
    doc = span.doc
    if len(span) < 2 or span.end + 2 >= len(doc) or doc[span.end].text != "(":
        return False
    inner, closing = doc[span.end + 1], doc[span.end + 2]
    letters = initials(t.text for t in span if t.text[:1].isupper())
    return closing.text == ")" and len(letters) >= 2 and inner.text.upper() == letters.upper()


def spells_out_initials(span: Span) -> bool:
    """Whether a name in brackets spells out the initials just before them: "SKP (Severn Kite
    Power)", "the GDPR [General Data Protection Regulation]" (a title such as "General" the
    span may have lost counts, since it stands inside the brackets)."""
    doc = span.doc
    start = span.start
    while start > span.start - 3 and start > 0 and doc[start - 1].is_title:
        start -= 1
    opening, closing = _token(doc, start - 1), _token(doc, span.end)
    acronym = _token(doc, start - 2)
    if opening is None or closing is None or acronym is None:
        return False
    if (opening.text, closing.text) not in (("(", ")"), ("[", "]")):
        return False
    letters = acronym.text.replace(".", "")
    spelt = initials(t.text for t in doc[start : span.end])
    return letters.isupper() and len(letters) >= 2 and spelt.upper() == letters
