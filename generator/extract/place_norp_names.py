"""A place the model reads as a nationality or a people: "the Belgorod and Kursk regions",
"floods in the Tarvik district".

The model tags a little-known place's name as NORP before a noun of land ("region",
"province", "district") as it would a people's adjective ("the Kurdish region"). The name is
a place when the tables place it in a country, it is no people's or nationality's word the
tables list, and it modifies a lower-case place noun after it, alone or listed with other
names before that noun.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Lexicon, normalize
from generator.extract.place_noun_words import place_noun

#: Dependencies by which a name modifies the noun after it: "the Belgorod region".
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def norp_place(span: Span, lex: Lexicon) -> bool:
    """Whether a NORP span names a place of a country before a place noun (see module)."""
    if span.label_ != "NORP":
        return False
    key = normalize(span.text)
    if key in lex.demonyms or key in lex.groups or key in lex.nationality_groups:
        return False
    known = lex.place(span.text) or gazetteer().lookup(span.text)
    if known is None or known.country_code is None:
        return False
    return _modifies_place_noun(span.root, span, lex)


def _modifies_place_noun(token: Token, span: Span, lex: Lexicon) -> bool:
    """Whether the name's word, or the first name it is listed after, modifies a lower-case
    place noun after the span: "the Belgorod region", "the Belgorod and Kursk regions"."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    noun = token.head
    return (
        token.dep_ in _MODIFIER_DEPS
        and noun.i >= span.end
        and noun.is_lower
        and place_noun(noun, lex)
    )
