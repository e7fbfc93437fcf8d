"""Countries and regions the model left out of its entities: "ITALY - Bond futures held",
"Top Belarus politician", "in the Northern Territory".

The entity ruler knows only the countries of its table as they are written in title case,
and the small model misses a country written in capitals or before a noun at times. A
country's name of the tables (`Lexicon.place`), in title case or in capitals and of four
letters at least (not "US" of a headline in capitals), that no entity holds is a place; not
one inside a longer name: after "of", "in" or "for" and a capitalised word ("Democracy in
Kelbia"), or before capitalised words that end in a body's suffix ("Kelbia Mining Ltd") or
open with a place's noun ("the Kelbia Delta"). A country's subdivision of several words
after "the" or a preposition of place is one too (`_untagged_region`), as is a direction's
part of a region of no country there or before a noun of subdivisions (`wide_part`: "the
mainly Christian South Caucasus region"), and so is a city the text puts as a place
(`untagged_cities`), a place that heads a line of a list of places
(`line_head_spans`: "Kelby: 62.3 per 100,000"), and a town or region an apposition says
is one (`apposed_towns`: "Kelby, a village in Kent").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.gazetteer import gazetteer, small_country
from generator.extract.lexicon import Place, cues, lexicon
from generator.extract.nlp import common_nouns
from generator.extract.place_apposed_towns import apposed_towns
from generator.extract.place_line_heads import line_head_spans
from generator.extract.place_towns import subdivision_noun_at
from generator.extract.place_untagged_cities import untagged_cities
from generator.extract.place_wide_regions import wide_part
from generator.extract.place_within import place_it_is_in

#: The most words a country's name has here ("Central African Republic").
_MAX_WORDS = 3
#: Words that join a longer name's parts: "Bank of Kelbia", "Democracy in Kelbia".
_JOINERS = frozenset({"of", "in", "for", "and", "&", "de"})


def untagged_countries(doc: Doc) -> list[Span]:
    """Countries' names no entity holds, as GPE spans, the longest first at each word."""
    lex = lexicon()
    # Whether each word is written as a name's and no entity holds it, read once.
    free_name = [_name_word(t) and not t.ent_type_ for t in tokens_of(doc)]
    out: list[Span] = []
    size_of_doc = len(free_name)
    free = 0  # the first word after the last place found
    for i in [at for at, may in enumerate(free_name) if may]:
        if i < free:
            continue
        found = None
        for size in range(min(_MAX_WORDS, size_of_doc - i), 0, -1):
            if not all(free_name[i : i + size]):
                continue
            span = doc[i : i + size]
            place = lex.place(span.text)
            if place is not None and place.kind == "country" and len(span.text) >= 4:
                found = span
                break
            if _untagged_region(span):
                found = span
                break
        if found is not None and not _inside_a_name(found):
            out.append(Span(doc, found.start, found.end, label="GPE"))
            free = found.end
    taken = {t for span in out for t in range(span.start, span.end)}
    out += [c for c in untagged_cities(doc) if not taken & set(range(c.start, c.end))]
    taken = {t for span in out for t in range(span.start, span.end)}
    out += [h for h in line_head_spans(doc) if not taken & set(range(h.start, h.end))]
    taken = {t for span in out for t in range(span.start, span.end)}
    out += [a for a in apposed_towns(doc) if not taken & set(range(a.start, a.end))]
    return out


#: Words before a region's name that say a place follows: "in the Northern Territory".
_BEFORE_REGION = frozenset({"the", "in", "across", "from", "to", "of", "into", "throughout"})


def _untagged_region(span: Span) -> bool:
    """Whether words in title case are the name of several words of a subdivision of a
    country, or of a region of one country the tables list ("the Peak District"), that is
    no island state (`small_country`: its parishes bear saints' and islands' names), after
    "the" or a preposition of place: "in the Northern Territory", "across New South Wales".
    Not a saint's name ("Saint Mary"), nor the opening of a longer name."""
    if len(span) == 1:
        return _region_before_its_noun(span)
    if span[0].lower_ in ("saint", "st") or not all(t.is_title for t in span):
        return False
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if span.end < len(doc) and doc[span.end].is_title:
        return False  # "the Northern Territory Government" is a body's name
    if wide_part(span.text, lexicon()) is not None:
        # "the North Caucasus", "the mainly Christian South Caucasus region"
        return before in _BEFORE_REGION or subdivision_noun_at(doc, span.end)
    if before not in _BEFORE_REGION:
        return False
    region = gazetteer().subdivision(span.text) or _tabled_region(span.text)
    code = region.country_code if region is not None else None
    return code is not None and not small_country(code)


def _region_before_its_noun(span: Span) -> bool:
    """Whether one word in title case, after "the" or a possessive and at most one adjective
    ("the northern"), names a country's subdivision or a region of one country the tables
    list, and a noun of subdivisions follows it: "in the Arequipa region", "Norland's Kelby
    province", or one the tables lack that the text places in a country (`place_it_is_in`:
    "the Kelby oblast, in northern Norland"). Not a word that is also an English common noun
    ("the Delta region")."""
    word, doc = span[0], span.doc
    if not word.is_title or span.start == 0 or span.end >= len(doc):
        return False
    before = span.start - 1
    if before > 0 and doc[before].tag_ == "JJ" and doc[before].is_lower:
        before -= 1  # "the northern Kelby region"
    if doc[before].lower_ != "the" and doc[before].tag_ != "POS":
        return False
    if not subdivision_noun_at(doc, span.end) or word.lower_ in common_nouns():
        return False
    region = gazetteer().subdivision(word.text) or _tabled_region(word.text)
    if region is None:
        # One the tables lack is one when the text says whose it is: "Norland's Kelby
        # province", "the Kelby oblast, in northern Norland", "the Kelby region of Norland".
        region = place_it_is_in(span)
    code = region.country_code if region is not None else None
    return code is not None and not small_country(code)


def _tabled_region(text: str) -> Place | None:
    """A region of one country that the tables list ("Peak District"), or None."""
    place = lexicon().place(text)
    return place if place is not None and place.kind == "region" else None


def _name_word(word: Token) -> bool:
    """Whether a word is written as a name's: "Belarus", "ITALY"."""
    return (word.is_title or word.is_upper) and word.is_alpha  # most words are neither


def _inside_a_name(span: Span) -> bool:
    """Whether a country's name is a part of a longer name: after a capitalised word and a
    joiner ("Democracy in Kelbia"), the end of a longer place's ("New Mexico"), or before
    capitalised words that end in a body's suffix ("Kelbia Mining Ltd") or open with a
    place's noun ("the Kelbia Delta")."""
    doc = span.doc
    before = span.start >= 2 and doc[span.start - 1].lower_ in _JOINERS
    if before and doc[span.start - 2].is_title:
        return True
    if span.start >= 1 and doc[span.start - 1].is_title:
        longer = doc[span.start - 1 : span.end].text  # "New Mexico", "West Virginia"
        if gazetteer().subdivision(longer) is not None or lexicon().place(longer) is not None:
            return True
    end = span.end
    while end < len(doc) and doc[end].is_title:
        end += 1
    if end == span.end:
        return False
    return (
        doc[end - 1].lower_ in cues().org_suffixes or doc[span.end].lower_ in lexicon().place_nouns
    )
