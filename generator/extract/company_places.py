"""A company's name run into its place: "Acme Inc of St. Petersburg" is the company, then
the place.

The company-form abbreviation (`name_spans.CORPORATE`) ends the company's name; what follows
it is a place of its own when the tables know it. A list of places read as one name is cut by
`place_lists.split_places` first.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import words_of
from generator.extract.lexicon import Lexicon
from generator.extract.mentions import place_named
from generator.extract.name_spans import CORPORATE, POSSESSIVE
from generator.extract.place_lists import split_places


def split_company_place(span: Span, lex: Lexicon) -> list[Span]:
    """ "Acme Inc of St. Petersburg", "TD Securities Inc. Canada": the company, then its place;
    a list of places read as one name, its places; "Alicante with Acme Air", the place and
    the name; "Bicester in Oxfordshire", the two places (`split_places`)."""
    places = split_places(span, lex)
    if places is not None:
        return places
    doc = span.doc
    lowers = words_of(doc).lowers
    for i in range(span.start + 1, span.end - 1):
        if lowers[i].rstrip(".") not in CORPORATE:
            continue
        end = i + 2 if doc[i + 1].text == "." else i + 1  # "Inc." may be two tokens
        rest_start = end + 1 if doc[end].lower_ == "of" and end < span.end else end
        company = doc[span.start : end]
        company.label_ = span.label_
        rest_end = span.end - (doc[span.end - 1].text in POSSESSIVE)
        rest = doc[rest_start:rest_end]
        if rest_start == end and not place_named(rest.text, lex):
            continue
        if len(rest) and place_named(rest.text, lex):
            rest.label_ = "GPE"
            return [company, rest]
        return [company]
    return [span]
