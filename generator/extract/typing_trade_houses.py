"""A "house" of a trade is a firm, not a building: "software house Brindle", "Halvorsen, the
Norwegian fashion house,". And the trade's noun that opens such a description, capitalised at
a sentence start ("Software house Brindle said"), is no name at all."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import cues
from generator.extract.mentions import ORG, WORK, Mention

#: Trades whose "house" is a firm: "a software house", "the auction house", "a fashion house".
TRADES = frozenset(
    {"software", "fashion", "auction", "publishing", "design", "production", "trading"}
    | {"brokerage", "broking", "investment", "finance", "games", "game", "record", "media"}
    | {"couture", "clearing", "advertising", "animation", "effects", "perfume", "fund"}
)


def trade_house_votes(mention: Mention) -> None:
    """A name described as a trade's house, before it or set off after it, is a firm's; a
    one-word name that is the trade's own noun before its firm's noun is no name."""
    span, doc = mention.span, mention.span.doc
    root = span.root
    described = span.start >= 2 and trade_house(doc[span.start - 1])
    apposed = any(c.dep_ == "appos" and trade_house(c) for c in root.children)
    if described or apposed or (root.dep_ == "appos" and trade_house(root.head)):
        mention.vote(ORG, 4.0)  # "software house Brindle", "Brindle, the software house,"
    if len(span) == 1 and span.end < len(doc) and span[0].tag_ in ("NN", "NNS"):
        noun = doc[span.end]
        firm = noun.lower_ in cues().org_heads or noun.lower_ == "house"
        if noun.is_lower and firm and span[0].lower_ in TRADES:
            mention.vote(WORK, 5.0)  # "Software house Brindle": the trade, no name


def trade_house(noun: Token) -> bool:
    """Whether a lower-case "house" has a trade's noun before it: "software house"."""
    if noun.lower_ != "house" or not noun.is_lower or noun.i == 0:
        return False
    return noun.doc[noun.i - 1].lower_ in TRADES
