"""Evidence that a name is a shop's or a restaurant's: "Forbidden Worlds, the comic shop in
Leeds", "Mabel's Table, a cafe on the high street".

A name set off by a comma and called a shop, a store or a place to eat or drink in the next
words is that business: people are not called shops. Shops are named like people and like
places ("Jo Ames", "Forbidden Worlds"), so the model reads them as either. Only the first
apposition counts ("Jo Ames, the owner, and the shop"), and only a noun the parse hangs from
the name. General word lists only.
"""

from __future__ import annotations

from generator.extract.mentions import ORG, PERSON, Mention

__all__ = ["apposed_shop_votes"]

#: Nouns of shops and places to eat or drink that a business's name is set beside.
SHOP_NOUNS = frozenset(
    {"shop", "store", "boutique", "bookshop", "bookstore", "bakery", "restaurant", "cafe"}
    | {"caf\u00e9", "pub", "bar", "salon", "takeaway", "deli", "nightclub", "bistro"}
    | {"brasserie", "gastropub", "tearoom", "teashop", "showroom", "garage", "pharmacy"}
)
#: Weight: more than the model's label and a verb of saying together.
_WEIGHT = 3.0


def apposed_shop_votes(mention: Mention) -> None:
    """A vote for a body, not a person, for a name whose first apposition is a shop's noun:
    "Forbidden Worlds, the comic shop in Leeds, closed" (see the module)."""
    span = mention.span
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return
    apposed = next((c for c in span.root.children if c.dep_ == "appos"), None)
    if apposed is None or not apposed.is_lower or apposed.lower_ not in SHOP_NOUNS:
        return
    mention.votes.pop(PERSON, None)
    mention.vote(ORG, _WEIGHT)
