"""A body's name whose "of" or "for" lists several fields, which the model cut at a comma
or an "and": "the Ministry of Ports, Shipping and Inland Waterways", "the Office for
Countering Fraud and Corruption", "the Agency for Food and Seed Inspection and Control".

A public body named for its fields lists them as common words in title case, the last
after "and"; a list of bodies names a firm, a person or a place after its "and" ("the
Bank of Kelby and Barclays"), which are no common words. So an organization span that
holds "of", "for" or "on" after a capitalised word runs on over what follows it, or over its own
last "and" or comma, when that is a list whose items are capitalised English common words
(WordNet's nouns, their plurals, adjectives and verbs' "-ing" forms: "Rural",
"Countering") and end in no body's head noun ("Reserve Bank"), its last item after "and"
or "&", and no capitalised word follows the list
("the Office for Ports and Harbours Authority" is no such list). A span of the model's
inside the list, or one that runs on only into an acronym's bracket ("Control (ASIC"),
is a part of the name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.body_and_names import BODY_HEADS, JOINT_HEADS
from generator.extract.lexicon import lexicon
from generator.extract.nlp import adjectives, common_noun_plural, common_nouns, verb_lemmas

#: Words after a body's head noun that open its fields: "Ministry of", "Committee on".
_LINKS = frozenset({"of", "for", "on"})
#: Words that separate a list's items.
_SEPARATORS = frozenset({",", "and", "&"})
#: Separators that close a list.
_LAST_SEPARATORS = frozenset({"and", "&"})
#: Most capitalised words of one item: "Natural Gas", "Mineral Resources".
_MOST_ITEM_WORDS = 3
#: Words that end a body's own name, which an item of fields never ends in: "the Bank of
#: Kelby and Reserve Bank" are two bodies.
_BODY_ENDS = BODY_HEADS | JOINT_HEADS | frozenset({"bank", "group", "company", "exchange"})
#: Labels of the model that say a word names a person, a place or a people, not a field.
_NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC"})


def with_listed_fields(spans: list[Span]) -> list[Span]:
    """The spans with each body's name run on over the fields its "of" or "for" lists."""
    out: list[Span] = []
    covered_to = -1
    for span in spans:
        if span.start < covered_to:
            continue  # a part of the list a longer name took in
        end = _list_end(span, spans) if span.label_ == "ORG" else None
        if end is None:
            out.append(span)
            continue
        out.append(Span(span.doc, span.start, end, label="ORG"))
        covered_to = end
    return out


def _list_end(span: Span, spans: list[Span]) -> int | None:
    """Where the list of fields after the span's "of" or "for" ends, or None."""
    if not any(t.lower_ in _LINKS and t.i > span.start for t in span):
        return None
    doc = span.doc
    at = span.end - 1 if span[-1].lower_ in _SEPARATORS and len(span) > 2 else span.end
    end, closed = at, False
    while end < len(doc) and doc[end].lower_ in _SEPARATORS:
        item_end = _item_end(doc, end + 1)
        if item_end is None:
            break
        closed = doc[end].lower_ in _LAST_SEPARATORS
        end = item_end
    if not closed or end <= span.end or (end < len(doc) and _capitalised(doc[end])):
        return None
    for other in spans:
        inside = span.end <= other.start < end
        if inside and other.end > end and doc[end].text != "(":
            return None  # the model's span runs on past the list: a name of its own
    return end


def _item_end(doc: Doc, start: int) -> int | None:
    """The end of one list item of capitalised common words from ``start``, or None."""
    end = start
    while end < len(doc) and end - start < _MOST_ITEM_WORDS and _capitalised(doc[end]):
        if not _field_word(doc[end]):
            return None
        end += 1
    return end if end > start and doc[end - 1].lower_ not in _BODY_ENDS else None


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.is_title


def _field_word(token: Token) -> bool:
    """Whether a capitalised word is an English common word of a field: a common noun or
    its plural, an adjective, a verb's "-ing" form; not a word the model read as a name."""
    word = token.lower_
    if token.is_stop:
        return False  # "Save the Marsh for Wildlife and Be a Friend": two slogans, not fields
    if token.ent_type_ in _NAME_LABELS or word in lexicon().demonyms:
        return False  # the model's "NORP" of a plural ("Forests") is no people's word
    if word in common_nouns() or common_noun_plural(word) or word in adjectives():
        return True
    stem = word.removesuffix("ing")
    return stem != word and (stem in verb_lemmas() or f"{stem}e" in verb_lemmas())
