"""Evidence that a name is a firm from what it does: "Skyra said it would cut 1,150 jobs".

A firm cuts jobs, posts a profit, runs routes and shops; a boss may be said to do
so too, so these votes only lean. General word lists only.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from generator.extract.mentions import ORG, Mention
from generator.extract.quote_lemmas import verb_forms
from generator.extract.typing_firm_holdings import holding_votes
from generator.extract.typing_platforms import platform_votes
from generator.extract.typing_products import product_votes
from generator.extract.typing_retailers import retailer_votes
from generator.extract.typing_sales import copies_votes, figure_votes, sale_votes
from generator.extract.typing_shop_heads import shop_head_votes
from generator.extract.typing_trade_houses import trade_house_votes

#: What a firm, not a person, cuts, posts, runs or serves: "Skyra cut 900 jobs", "Acme posted
#: a loss", "Skyra will axe three routes". A boss may be said to do it too, so it only leans.
BUSINESS_OBJECTS = frozenset(
    {"jobs", "staff", "workers", "employees", "workforce", "profit", "profits", "loss"}
    | {"losses", "revenue", "revenues", "sales", "earnings", "dividend", "dividends", "routes"}
    | {"flights", "fares", "branches", "stores", "shops", "factories", "plants", "outlets"}
    | {"subscribers", "customers"}
)
_SUM = re.compile(r"^(?:\d[\d.,]*(?:bn|m)|million|billion|bn)$")


def money(token: Token) -> bool:
    """A sum's token: "£", "$", "2bn", "million"."""
    return token.ent_type_ == "MONEY" or token.tag_ == "$" or _SUM.match(token.lower_) is not None


def firm_votes(mention: Mention) -> None:
    """Every vote for a firm from what the name does, is counted by, or is bought or sold
    as."""
    business_votes(mention)
    bought_votes(mention)
    sale_votes(mention)
    figure_votes(mention)
    copies_votes(mention)
    counted_votes(mention)
    owner_votes(mention)
    holding_votes(mention)
    retailer_votes(mention)
    product_votes(mention)
    platform_votes(mention)
    trade_house_votes(mention)
    shop_head_votes(mention)


#: Nouns between a firm's name and the name of who owns or runs it: "Tarvo owner Hale
#: Group", "Tarvo boss Jo Ames". No one is written so before another's name.
_HELD_BY = frozenset(
    {"owner", "owners", "boss", "chief", "chairman", "founder", "co-founder", "parent"}
)


def owner_votes(mention: Mention) -> None:
    """ "Tarvo owner Hale Group said": a name, then in lower case its owner's or boss's noun,
    then a capitalised name: the first name is a firm's or a brand's."""
    span = mention.span
    doc = span.doc
    if span.end + 1 >= len(doc):
        return
    noun, holder = doc[span.end], doc[span.end + 1]
    if noun.is_lower and noun.lower_ in _HELD_BY and holder.text[:1].isupper():
        mention.vote(ORG, 2.0)


def business_votes(mention: Mention) -> None:
    """ "Skyra said it would cut 1,150 jobs": the subject of a verb whose object is a firm's."""
    root = mention.span.root
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return
    # "Skyra plans to cut", "Skyra said it would cut"; not "Jo Ames said the firm would cut".
    verbs = [root.head] + [
        c
        for c in root.head.children
        if c.dep_ == "xcomp"
        or (c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.lower_ == "it" for s in c.children))
    ]
    objects = [c for verb in verbs for c in verb.children if c.dep_ == "dobj"]
    # "regretted the loss of homes" is no firm's loss; "a profit of £30m" is.
    if any(o.lower_ in BUSINESS_OBJECTS and not _of_phrase(o) and not _held(o) for o in objects):
        mention.vote(ORG, 1.0)
    elif any(_change_in_business(o) for o in objects):
        mention.vote(ORG, 1.0)  # "Acme reported a rise in profits"


#: Nouns of a change that a firm reports "in" its sales or profits: "a 5% fall in sales".
_CHANGES = frozenset(
    {"rise", "fall", "increase", "decrease", "drop", "jump", "decline", "slump", "surge"}
    | {"dip", "slide", "growth", "rebound", "boost", "cut", "leap", "plunge"}
)


def _change_in_business(noun: Token) -> bool:
    """ "a 5% fall in sales": a change noun whose "in" is a firm's figure."""
    return noun.lower_ in _CHANGES and any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.dep_ == "pobj" and o.lower_ in BUSINESS_OBJECTS for o in c.children)
        for c in noun.children
    )


def _held(noun: Token) -> bool:
    """ "Jo Ames has 20 staff": a count held, which `counted_votes` weighs by its size (a boss
    has staff too), not a firm's act like "cut 20 jobs"."""
    return noun.lower_ in _COUNTED and noun.head.lower_ in verb_forms(_HOLDING)


#: What a firm has or employs by the hundred or the million: "Skyra has 10 million users",
#: "Acme employs 4,000 people". A person has followers, fans and children, not these.
_COUNTED = frozenset(
    {"users", "customers", "subscribers", "employees", "staff", "workers", "stores", "shops"}
    | {"branches", "outlets", "factories", "plants", "restaurants", "sites", "offices"}
    | {"members", "clients", "accounts", "passengers", "listeners", "readers", "viewers"}
)
#: Verbs whose subject holds such a count, by their lemmas: "has", "employs", "serves".
_HOLDING = ("have", "employ", "serve", "operate", "run", "boast")
#: Words of a count by the hundred or more: "10 million", "hundreds of".
_LARGE = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions"})
_LARGE |= {"billion", "billions", "bn", "m"}


def counted_votes(mention: Mention) -> None:
    """ "Skyra has 10 million users", "Acme employs 4,000 people": the subject of a verb of
    holding whose object is what a firm counts by the hundred; "employs" also counts
    "people". A boss may "have 20 staff", so only a count of a hundred or more."""
    root = mention.span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in verb_forms(_HOLDING):
        return
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        people = noun.lower_ == "people" and verb.lower_ in verb_forms(("employ",))
        if (noun.lower_ in _COUNTED or people) and _large(noun):
            mention.vote(ORG, 3.0)
            return


def _large(noun: Token) -> bool:
    """Whether a count of a hundred or more comes with the noun: "4,000", "10 million"."""
    for token in noun.subtree:
        if token.i >= noun.i:
            break
        digits = token.text.replace(",", "")
        if token.lower_ in _LARGE or (digits.isdigit() and int(digits) >= 100):
            return True
    return False


def _of_phrase(noun: Token) -> bool:
    """Whether "of" and something other than a sum follow the noun: "the loss of homes"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and not any(money(t) for t in c.subtree)
        for c in noun.children
    )


#: Verbs whose object, bought for a sum, is a firm: "agreed to buy Tarn Hollis for $2bn".
_BUYING = ("buy", "acquire")


def bought_votes(mention: Mention) -> None:
    """ "Acme agreed to buy Tarn Hollis for $2bn": the object of a verb of buying that has
    "for" and a sum after it; not "bought Jo Ames a drink" (the person gets the thing)."""
    root = mention.span.root
    verb = root.head
    if root.dep_ != "dobj" or verb.lower_ not in verb_forms(_BUYING):
        return
    if any(c.dep_ == "dobj" and c.i != root.i for c in verb.children):
        return
    if any(
        c.dep_ == "prep" and c.lower_ == "for" and any(money(t) for t in c.subtree)
        for c in verb.children
    ):
        mention.vote(ORG, 1.0)
