"""Evidence that a name is a firm or a thing: it is for sale, or it has sales.

A shop chain or a brand named like its founder ("Tarvin Hale is up for sale", "the family
put Tarvin Hale up for sale") is sold whole; a person is not, in news. The name is the
subject of "be" or of a passive "put", or the object of "put", with "for sale" under the
verb or under its "up". A name set before a firm's figure ("Tarvo Switch sales fell",
"Skyra shares rose") is a firm's or a product's: a person's name is not written so. A
name that sold copies of nothing named ("Ember Hollow sold a million copies") is a book's,
a record's or a game's: a person sells copies of a work ("sold a million copies of her
novel").
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.doc_words import BE_FORMS
from generator.extract.mentions import ORG, WORK, Mention

_BE = BE_FORMS | {"remains", "remained"}
_PUT = frozenset({"put", "puts", "putting"})
#: Weight of a name for sale: more than the model's person label of one writing and a verb
#: of saying, since nothing else a person's name is written with is sold so.
FOR_SALE = 2.0


def sale_votes(mention: Mention) -> None:
    """A vote for a firm when the name is what is for sale (see the module)."""
    root = mention.span.root
    verb = root.head
    subject_of_be = root.dep_ == "nsubj" and verb.lower_ in _BE
    put = root.dep_ in ("nsubjpass", "dobj") and verb.lower_ in _PUT
    if (subject_of_be or put) and _for_sale_under(verb):
        mention.vote(ORG, FOR_SALE)


#: A firm's or a product's figures, written after its name: "Tarvo Switch sales".
_FIGURES = frozenset(
    {"sales", "shares", "profits", "revenue", "revenues", "earnings", "turnover", "dividend"}
)


def figure_votes(mention: Mention) -> None:
    """A vote for a firm when the name modifies one of its figures ("Skyra shares rose")."""
    span = mention.span
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in _FIGURES and span.root.head.i == after.i:
        mention.vote(ORG, FOR_SALE)


def _for_sale_under(verb: Token) -> bool:
    """Whether "for sale" hangs on the verb or on its "up": "is for sale", "is up for sale"."""
    heads = [verb, *(c for c in verb.children if c.lower_ == "up")]
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(s.lower_ == "sale" for s in c.children)
        for head in heads
        for c in head.children
    )


#: Verbs a work is the subject of when its copies are counted: "Ember Hollow sold".
_SELL = frozenset({"sell", "sells", "sold", "selling", "shift", "shifts", "shifted"})
#: Nouns of counted copies: "sold a million copies", "shifted 40,000 units".
_COPIES = frozenset({"copies", "copy", "units"})
#: Weight of a work whose copies sold: more than the model's person label of one writing
#: and a verb of saying, as a name for sale has.
COPIES_SOLD = FOR_SALE


def copies_votes(mention: Mention) -> None:
    """A vote for a work when the name is the subject of selling copies that are of nothing
    else: "Ember Hollow has sold a million copies"; not "Tarn Vell sold 40,000 copies of
    his album"."""
    root = mention.span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in _SELL:
        return
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lower_ in _COPIES:
            if not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
                mention.vote(WORK, COPIES_SOLD)
            return
