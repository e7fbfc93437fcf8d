"""Evidence that a name is a product's: "Daewan said its Pebble phone sold well". A firm's
own named goods are written between "its" and the noun of the goods; the model reads such a
name as a body, and a trade's word after its other writings ("Pebble users") leans that way
too. Only nouns of finished goods count, and only as the head of their phrase: "its Kelby
car plant" stands somewhere. A place the tables know is left alone ("its Tarn phones" may be
made there). A describing word may stand before the noun ("its Vesta electric cars"), and a
name set off beside a noun of goods names the goods: "a cheaper model, the Glimmer Lite",
"the Ardent, a hybrid model sold in the US" (a firm is set off beside "a firm", "a maker").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import lower_at
from generator.extract.mentions import WORK, Mention
from generator.extract.referent_given_names import given_name_sex
from generator.extract.typing_made_things import made_thing_votes
from generator.extract.typing_possessed_things import possessed_thing_votes

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
#: Nouns of goods that a product's name is set off beside: "a hybrid model, the Ardent".
_GOODS_APPOSED = _GOODS | {"model", "models", "edition", "device", "devices", "gadget"}
#: Nouns of programs that talk, written right before their names: "the chatbot Clara".
_BOTS = frozenset({"chatbot", "chatbots", "bot", "bots"})
#: Weight: more than a trade's word after the name ("Pebble users"), which goods have too.
_WEIGHT = 4.0


def owned_product_votes(mention: Mention) -> None:
    """A work's vote for a name of one or two words between "its" and a noun of goods that
    heads its phrase (see the module), or a person-shaped one after "the" or a body's
    possessive ("the Sally Vane robot vacuum"), or right after a noun of a talking program ("the AI
    chatbot Clara", "rival chatbots Gemma and Sol"), which names a program, not its maker."""
    made_thing_votes(mention)  # "Wilbur, the smart speaker made by Tandem,"
    possessed_thing_votes(mention)  # "they own a wonderful Orvel Turbo"
    span, doc = mention.span, mention.span.doc
    if lower_at(doc, span.start - 1) in _BOTS:
        mention.vote(WORK, _WEIGHT)  # "the AI chatbot Clara": a program, no body nor person
        return
    if (
        len(span) <= 3
        and given_name_sex(span[0].text) is None  # "a top model, Ann Vell": a person
        and (_apposed_goods(span) or _owned_described_goods(span))
    ):
        mention.vote(WORK, _WEIGHT)  # "a cheaper model, the Glimmer Lite"
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


#: Nouns of goods that are nouns of people too: "a catwalk model, Ann Vell", "the speaker
#: of the house, Jo Ames", "her assistant, Al Vell".
_PEOPLE_TOO = frozenset({"model", "models", "speaker", "speakers", "assistant", "robot"})


def _goods_noun(token: Token, person: bool) -> bool:
    """Whether a word is a lower-case noun of goods ("model", "phone"); not one of people
    too beside a name the model read as a person's."""
    if not token.is_lower or token.pos_ != "NOUN" or token.lower_ not in _GOODS_APPOSED:
        return False
    return not (person and token.lower_ in _PEOPLE_TOO)


def _apposed_goods(span: Span) -> bool:
    """Whether the name is set off beside a noun of goods, after it or before it: "a cheaper
    model, the Glimmer Lite", "the Ardent, a hybrid model"."""
    root, person = span.root, span.label_ == "PERSON"
    if root.dep_ == "appos" and _goods_noun(root.head, person):
        return True
    return any(c.dep_ == "appos" and _goods_noun(c, person) for c in root.children)


def _owned_described_goods(span: Span) -> bool:
    """Whether the name of one or two words stands between "its" and a describing word
    before a noun of goods that ends its phrase: "its Vesta electric cars", not "its Vesta
    electric car plant"."""
    doc = span.doc
    if len(span) > 2 or lower_at(doc, span.start - 1) != "its" or span.end + 1 >= len(doc):
        return False
    described, noun = doc[span.end], doc[span.end + 1]
    goods = noun.lower_ in _GOODS or (noun.tag_ == "NNS" and noun.lower_[:-1] in _GOODS)
    if described.tag_ != "JJ" or not described.is_lower or not goods:
        return False  # "its Corvo electric scooters": a plural the list lacks is goods too
    return not _modifies(doc, noun.i)
