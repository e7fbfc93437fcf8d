"""Firms whose name opens with a country's short form: "Emirates NBD", "America Movil".

The entity ruler reads a country's one-word short form ("Emirates" of "United Arab
Emirates", "Saudi" of "Saudi Arabia") wherever it stands, so a firm named by it loses
the rest of its name: "NBD" stays a name of its own, "Aramco" is left in no entity. A
short form followed at once by a word of no dictionary (an acronym, "Aramco") opens a
firm's name; a common word ("Saudi Crown Prince"), a role, a given name or a people's
word ("Saudi Arabian") after it leaves the country alone, and so does a word the text
also writes after another place's possessive ("Japan's LPG": a good, not a firm).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from generator.extract.lexicon import lexicon, normalize
from generator.extract.nlp import adjectives, common_nouns
from generator.extract.referent_given_names import given_name_sex

#: Labels the model may give the rest of the firm's name: none, or a name's.
_TAIL_LABELS = frozenset({"", "ORG", "GPE", "NORP", "PERSON"})


@cache
def _short_forms() -> dict[str, frozenset[str]]:
    """One-word forms of a country that are neither its printed name nor a form of their own
    but a word of a longer form ("emirates", "saudi"), each with the words of its country's
    other forms ("bosnia" with "herzegovina")."""
    lex = lexicon()
    by_code: dict[str, set[str]] = {}
    printed: dict[str, str] = {}
    for form, place in lex.countries.items():
        if place.country_code:
            by_code.setdefault(place.country_code, set()).add(form)
            printed[place.country_code] = normalize(place.name)
    short: dict[str, frozenset[str]] = {}
    for code, forms in by_code.items():
        words = frozenset(w for f in forms for w in f.split())
        for form in forms - {printed[code]}:
            if " " not in form and any(form in f.split() and f != form for f in forms):
                short[form] = words
    return short


def _firm_word(token: Token) -> bool:
    """A capitalised word of no dictionary, table or given name: "NBD", "Aramco"."""
    lex = lexicon()
    lower = token.lower_
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and token.ent_type_ in _TAIL_LABELS
        and lower not in common_nouns()
        and lower not in adjectives()
        and lower not in lex.role_words
        and lower not in lex.honorifics
        and lower not in lex.demonyms
        and lex.place(token.text) is None
        and given_name_sex(token.text) is None
    )


def _owned_by_another_place(word: Token, country: Span) -> bool:
    """Whether the text writes the word after another place's possessive ("Japan's LPG
    imports" beside "Saudi LPG"): a good or a trade many countries have, no firm's name."""
    lex = lexicon()
    own = lex.place(country.text)
    for token in word.doc:
        if token.text != word.text or token.i < 2 or token.doc[token.i - 1].tag_ != "POS":
            continue
        owner = lex.place(token.doc[token.i - 2].text)
        if owner is not None and (own is None or owner.country_code != own.country_code):
            return True
    return False


def country_firms(spans: list[Span]) -> list[Span]:
    """The spans with a country's short form and the firm's word after it as one ORG."""
    out: list[Span] = []
    skip_to = -1
    for span in spans:
        if span.start < skip_to:
            continue
        doc = span.doc
        end = span.end
        firm = (
            len(span) == 1
            and span.label_ == "GPE"
            and span.ent_id_.startswith("country:")
            and normalize(span.text) in _short_forms()
            and span[-1].whitespace_ == " "
            and end < len(doc)
            and _firm_word(doc[end])
            and doc[end].lower_ not in _short_forms()[normalize(span.text)]
            and not _owned_by_another_place(doc[end], span)
        )
        if not firm:
            out.append(span)
            continue
        after = next((s for s in spans if s.start == end), None)
        skip_to = after.end if after is not None else end + 1
        out.append(Span(doc, span.start, skip_to, label="ORG"))
    return out
