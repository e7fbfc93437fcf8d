"""Short names of companies the model left out of its entities: "Marlow Freight Ltd said
... Marlow Freight will cut".

`company_stems` gives the short forms of a company's full name; `short_company_names`
finds them in the text as organization spans for `entities`."""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract.name_spans import CORPORATE
from generator.extract.nlp import text_of

__all__ = ["company_stems", "short_company_names"]

#: Words after a company's short name in its full one: "Marlow Freight Industries Inc".
_COMPANY_TAIL = CORPORATE | {"industries", "holdings", "group", "corporation", "company"}
_COMPANY_TAIL |= {"limited", "incorporated", "international", "&"}


def company_stems(words: list[str]) -> list[str]:
    """The short names of a company's name of two words or more before its legal form:
    "Tarn Copper Industries Ltd" -> "Tarn Copper Industries", "Tarn Copper"; none for a
    name with no legal form ("Tarn Copper Foundation" may be named after a person)."""
    if len(words) < 3 or words[-1].lower().rstrip(".") not in CORPORATE:
        return []
    stems = []
    while words and words[-1].lower().rstrip(".") in _COMPANY_TAIL:
        words = words[:-1]
        if len(words) >= 2 and words[-1].isalpha():
            stems.append(" ".join(words))
    return stems


def short_company_names(spans: list[Span]) -> list[Span]:
    """ "Marlow Freight Ltd said ... Marlow Freight will cut": the short name the model left
    out of its entities, as organization spans. Only a company's name of two words or more
    before its company form ("Ltd", "Industries Inc") is sought: a one-word short name
    ("Marlow") is too often a surname or a place. One regex pass per company."""
    if not spans:
        return []
    doc = spans[0].doc
    stems = {
        stem for span in spans if span.label_ == "ORG" for stem in company_stems(span.text.split())
    }
    out = []
    text = text_of(doc)
    for stem in sorted(stems):
        for found in re.finditer(rf"(?<![\w&]){re.escape(stem)}(?![\w&])", text):
            short = doc.char_span(found.start(), found.end())
            if short is None or not _free(short, spans):
                continue
            after = doc[short.end] if short.end < len(doc) else None
            if after is not None and after.is_title and after.pos_ == "PROPN":
                continue  # part of a longer name
            short.label_ = "ORG"
            out.append(short)
    return out


#: Entity labels of the model that no record field takes, which it gives short company
#: names as often as not: "expect Tarn Copper to cut" read as a work's title.
_UNRECORDED = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _free(span: Span, ents: list[Span]) -> bool:
    """Whether the span overlaps no entity but whole ones of a kind no field takes."""
    return all(
        e.label_ in _UNRECORDED and span.start <= e.start and e.end <= span.end
        for e in ents
        if e.start < span.end and span.start < e.end
    )
