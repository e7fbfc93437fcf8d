"""Evidence that a name the model reads as a person's is a product's model: "recall 12,000
Orrin Tallis vans", "the new Kelso Drift electric bikes", "white Tai Ping carpets". Goods are
counted, described or "the"-d before the noun of the goods, and the model between them names
the goods; a person's name there opens with a given name ("the Jo Ames phone") or is
written after "its". Only a name the model reads as a person's: a firm's name before its goods
("30,000 Air Tarn jets") is the maker's and keeps its kind.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.mentions import WORK, Mention
from generator.extract.referent_given_names import given_name_sex

__all__ = ["goods_at", "unowned_goods_votes"]

#: Nouns of manufactured goods sold under a model's name, singular and plural.
_GOODS = frozenset(
    {"car", "van", "truck", "lorry", "bike", "motorbike", "scooter", "vehicle", "jet"}
    | {"airliner", "aircraft", "plane", "phone", "handset", "smartphone", "laptop", "tablet"}
    | {"console", "camera", "hatchback", "saloon", "suv", "trainer", "carpet", "sofa"}
    | {"mattress", "kettle", "fridge", "oven", "cooker", "boiler", "tyre", "tire", "engine"}
    | {"headphone", "earbud", "speaker", "drone", "vacuum", "watch", "smartwatch", "printer"}
)
#: Parts of speech of a lower-case noun of goods as the tagger gives them.
_NOUNS = frozenset({"NOUN", "PROPN"})
#: Tags of the words that count or describe goods before their model's name: "12,000", "new".
_BEFORE_TAGS = frozenset({"CD", "JJ", "JJR", "JJS"})
#: Weight: more than the model's person label and a verb of saying together.
_WEIGHT = 3.0


def goods_at(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is a lower-case noun of goods heading its phrase: "vans",
    not "car" of "car plant" nor "phone" of "phone-hacking"."""
    if i >= len(doc):
        return False
    noun = doc[i]
    word = noun.lower_
    singular = word[:-1] if word.endswith("s") and noun.tag_ in ("NNS", "NNPS") else word
    # a lower-case word the tagger calls a proper noun ("electric van" after a model's name)
    # is still a common noun
    if (
        not noun.is_lower
        or noun.pos_ not in _NOUNS
        or (word not in _GOODS and singular not in _GOODS)
    ):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "-" and not noun.whitespace_:
        return False
    return not (nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN")


def _between_count_and_goods(span: Span) -> bool:
    """Whether a name of two or three words, opening with no given name, stands after a
    number, "the" or a describing word and before a noun of goods, or a describing word and
    one: "12,000 Orrin Tallis vans", "the Kelso Drift electric bikes"."""
    doc = span.doc
    if not 2 <= len(span) <= 3 or span.start == 0 or given_name_sex(span[0].text) is not None:
        return False
    before = doc[span.start - 1]
    if before.tag_ not in _BEFORE_TAGS and before.lower_ != "the":
        return False
    described = span.end < len(doc) and doc[span.end].tag_ == "JJ" and doc[span.end].is_lower
    return goods_at(doc, span.end + 1 if described else span.end)


def unowned_goods_votes(mention: Mention) -> None:
    """A work's vote for a name the model reads as a person's between a count, "the" or a
    describing word and a noun of goods: "recall 12,000 Orrin Tallis vans"."""
    if mention.span.label_ == "PERSON" and _between_count_and_goods(mention.span):
        mention.vote(WORK, _WEIGHT)  # a van's model: no one of that name
