"""Evidence that a name is a product's: "Daewan said its Pebble phone sold well". A firm's
own named goods are written between "its" and the noun of the goods; the model reads such a
name as a body, and a trade's word after its other writings ("Pebble users") leans that way
too. Only nouns of finished goods count, and only as the head of their phrase: "its Kelby
car plant" stands somewhere. A place the tables know is left alone ("its Tarn phones" may be
made there).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doc_words import lower_at
from generator.extract.mentions import WORK, Mention
from generator.extract.referent_given_names import given_name_sex

__all__ = ["owned_product_votes"]

#: Nouns of finished goods a firm names: "its Pebble phone", "its Strada hatchback".
_GOODS = frozenset(
    {"phone", "phones", "handset", "handsets", "smartphone", "smartphones", "tablet", "tablets"}
    | {"laptop", "laptops", "console", "consoles", "car", "cars", "hatchback", "saloon", "suv"}
    | {"smartwatch", "camera", "cameras", "speaker", "speakers", "headphones", "earbuds"}
    | {"drone", "drones", "e-reader", "browser", "app", "apps"}
    | {"range", "ranges", "chip", "chips", "processor", "processors"}  # "its Kelby Table range"
    | {"handheld", "handhelds", "vacuum", "robot", "assistant", "fragrance", "scooter"}
)
#: Nouns of programs that talk, written right before their names: "the chatbot Clara".
_BOTS = frozenset({"chatbot", "chatbots", "bot", "bots"})
#: Weight: more than a trade's word after the name ("Pebble users"), which goods have too.
_WEIGHT = 4.0


def owned_product_votes(mention: Mention) -> None:
    """A work's vote for a name of one or two words between "its" and a noun of goods that
    heads its phrase (see the module), or a person-shaped one after "the" or a body's
    possessive ("the Sally Vane robot vacuum"), or right after a noun of a talking program ("the AI
    chatbot Clara", "rival chatbots Gemma and Sol"), which names a program, not its maker."""
    span, doc = mention.span, mention.span.doc
    if lower_at(doc, span.start - 1) in _BOTS:
        mention.vote(WORK, _WEIGHT)  # "the AI chatbot Clara": a program, no body nor person
        return
    placed = mention.place is not None and mention.place.country_code is not None
    if (
        len(span) > 2
        or placed
        or not (lower_at(doc, span.start - 1) == "its" or _person_made(span))
    ):
        return
    if lower_at(doc, span.end) in _GOODS and not _modifies(doc, span.end):
        mention.vote(WORK, _WEIGHT)


def _person_made(span: Span) -> bool:
    """Whether a full name that opens with a given name follows "the" or a body's possessive,
    as goods named like people are written: "the Sally Vane robot vacuum", "Pellar's Ada Lark
    assistant" (no one is "the Sally Vane" of a thing; "the Tarn phone" of a maker is left)."""
    doc, start = span.doc, span.start
    if len(span) < 2 or start < 1 or given_name_sex(span[0].text) is None:
        return False
    before = doc[start - 1].lower_
    owned = before in ("'s", "\u2019s") and start >= 2 and doc[start - 2].ent_type_ == "ORG"
    return before == "the" or owned


def _modifies(doc: Doc, i: int) -> bool:
    """Whether the noun at ``i`` describes a noun after it: "its Tarn phone unit", "car plant";
    not goods of their own ("its Tarn handheld console" is the console)."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "-" and not doc[i].whitespace_:
        return True  # "the Jo Ames phone-hacking case"
    return nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and nxt.lower_ not in _GOODS
