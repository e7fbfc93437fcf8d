"""Evidence that a name is a shop's or a supplier's: "department store Lucy Marlowe".

Shops and suppliers are often named after their founders ("The department store, Lucy
Marlowe, said it would close ten shops"), so the model reads a person. A noun of such a trade
right before the name, or set off beside it, makes it the firm's. A trade a person may
carry on too ("grocer", "supplier") counts only before a name that opens with no given name.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.mentions import ORG, Mention
from generator.extract.referent_given_names import given_name_sex

#: Nouns of shops that the lists of firms' heads leave out, and that no person is called.
SHOP_HEADS = frozenset(
    {"store", "discounter", "wholesaler", "stockist", "boutique", "housebuilder"}
)
#: Nouns of trades that a firm or a person may carry on: "energy supplier Brightwell" is a
#: firm, "founded by grocer Walter Pryce" a person; only a name that opens with no given
#: name counts after them.
TRADE_HEADS = frozenset({"supplier", "grocer", "jeweller", "jeweler", "bookmaker", "haulier"})
#: The heads after which a name that opens with no given name is a firm's (the union made
#: once, not at every mention).
_SHOP_AND_TRADE_HEADS = SHOP_HEADS | TRADE_HEADS
#: Weight: more than the model's label and a verb of saying together.
_WEIGHT = 3.0


def shop_head_votes(mention: Mention) -> None:
    """ "department store Lucy Marlowe", "Lucy Marlowe, the department store,": a firm."""
    span = mention.span
    root = span.root
    heads = SHOP_HEADS if given_name_sex(span[0].text) else _SHOP_AND_TRADE_HEADS
    before = span.doc[span.start - 1] if span.start > 0 else None
    described = before is not None and _head(before, heads)
    apposed = any(c.dep_ == "appos" and _head(c, heads) for c in root.children)
    if described or apposed or (root.dep_ == "appos" and _head(root.head, heads)):
        mention.vote(ORG, _WEIGHT)


def _head(token: Token, heads: frozenset[str]) -> bool:
    """A lower-case noun of a shop or a trade: "store", not "Store" of a name."""
    return token.is_lower and token.pos_ == "NOUN" and token.lower_ in heads
