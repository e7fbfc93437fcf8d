"""A ship's name is no place: "the battleship Nebraska", "the freighter the Silver Dawn".

News names a ship after the noun for its kind, with or without "the" between, and lists
a flotilla's names after the plural ("the destroyers Vantage, Pellam and Orrin"). A ship
may bear the name of a state, a town or a country, which the tables then take for the
place; such a name is voted a thing, however the model or the tables read it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.doc_words import lower_at, token_at
from generator.extract.mentions import Mention

#: Singular nouns for a ship's kind that stand before its name.
VESSEL_NOUNS = frozenset(
    {"tanker", "supertanker", "freighter", "vessel", "ship", "warship", "frigate", "destroyer"}
    | {"submarine", "yacht", "ferry", "icebreaker", "trawler", "liner", "cruiser", "battleship"}
    | {"minesweeper", "gunboat", "corvette", "tugboat", "schooner", "dhow", "steamer"}
)
#: Words before "carrier" that make it a ship's kind, not an airline: "the aircraft carrier".
_CARRIED = frozenset({"aircraft", "bulk", "ore", "oil", "gas", "car", "product", "products"})
_CARRIED |= {"helicopter", "cargo", "container", "lpg", "lng", "crude"}


def _vessel_noun(doc: Doc, at: int) -> bool:
    """Whether the word at ``at`` is a lower-case noun, singular or plural, for a ship's kind."""
    noun = token_at(doc, at)
    if noun is None or not noun.is_lower:
        return False
    word = noun.lower_
    singular = word[:-1] if word.endswith("s") and word[:-1] in VESSEL_NOUNS | {"carrier"} else word
    return singular in VESSEL_NOUNS or (singular == "carrier" and lower_at(doc, at - 1) in _CARRIED)


def _first_listed(root: Token, start: int) -> int:
    """Where the first name of a list the name ends starts: "Vantage" of "Vantage, Pellam
    and Orrin"; the name's own ``start`` when it is listed with none, or with common nouns
    ("ferry pilot and trainer Owen Prade" lists jobs, not ships)."""
    top = root
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    if top.pos_ != "PROPN" or not top.is_title:
        return start
    at = top.i
    while at > 0 and top.doc[at - 1].pos_ == "PROPN" and top.doc[at - 1].is_title:
        at -= 1
    return at


def named_vessel(mention: Mention) -> bool:
    """Whether a name follows the noun for a ship's kind, with at most "the" between:
    "the battleship Nebraska", "the tanker the Silver Dawn", "the bulk carrier Pamlo", "the
    destroyers Vantage and Orrin". Not a name that opens a clause about the ship ("the
    tanker Tarland had chartered", "the ship the Navy sank")."""
    span = mention.span
    doc, root = span.doc, span.root
    at = _first_listed(root, span.start) if root.dep_ == "conj" else span.start
    at -= 1
    the = lower_at(doc, at) == "the"
    if the:
        at -= 1  # "the tanker the Silver Dawn"
    if not _vessel_noun(doc, at):
        return False
    if the:
        after = token_at(doc, span.end)
        return after is None or not after.tag_.startswith(_VERB_TAGS)  # "the ship the Navy sank"
    return not (root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "relcl")


#: Tags of a verb whose subject a name after "the ship the" is: "the ship the Navy sank".
_VERB_TAGS = ("VBD", "VBZ", "VBP", "MD")
