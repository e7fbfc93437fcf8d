"""Words capitalised because they open a sentence, a line or a quotation, not because they
are names: where a sentence starts, and the common words a name-finder reads into a name
there ("Chipmaker Tarvo said", "Digital rights group Open Lines")."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.band_votes import OPENING_ENSEMBLES
from generator.extract.nlp import adjectives, common_nouns

#: Marks after which a word is capitalised for its place, not for being a name.
_OPENING_MARKS = frozenset({'"', "'", "\u2018", "\u201c", "(", "[", "-", "--", "\u2013", "\u2014"})


def opens_sentence(token: Token) -> bool:
    """Whether a word opens a sentence, a line or a quotation, where any word has a capital."""
    if token.i == 0 or token.is_sent_start:
        return True
    before = token.doc[token.i - 1]
    return before.is_space or before.text in _OPENING_MARKS


#: Organization head nouns that no person's name follows: "investment bank Tarn Hollis".
BODIES_ONLY = frozenset(
    {"bank", "firm", "company", "carmaker", "automaker", "chipmaker", "airline", "retailer"}
    | {"supermarket", "conglomerate", "brokerage", "insurer", "lender", "startup", "charity"}
    | {"newspaper", "tabloid", "broadsheet", "magazine", "website", "consultancy", "band"}
)


def opened_by_a_body_noun(token: Token) -> bool:
    """Whether a word is a noun no person's name follows, capitalised only because it opens
    the sentence, before a word of a name: "Chipmaker Tarvo said", "Duo Kite Parade"; not the
    first word of a body's own name ("Bank of England", "Charity Commission")."""
    if (
        (token.lower_ not in BODIES_ONLY and token.lower_ not in OPENING_ENSEMBLES)
        or not opens_sentence(token)
        or token.i + 1 >= len(token.doc)
    ):
        return False
    name = token.doc[token.i + 1]
    return name.is_title and name.lower_ not in common_nouns()


def opening_adjective(token: Token) -> bool:
    """Whether a word alone is an English adjective, and no noun, capitalised only because it
    opens the sentence before the lower-case noun it describes: "Digital rights group"."""
    lower, doc = token.lower_, token.doc
    return (
        opens_sentence(token)
        and token.i + 1 < len(doc)
        and doc[token.i + 1].is_lower
        and lower in adjectives()
        and lower not in common_nouns()
    )
