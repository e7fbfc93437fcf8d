"""Evidence that a name the model reads as a body's is one of a firm's products: "the Morwen
Pulse smartwatch", "its new Tarka Drift electric vans". A model's name opens with its
maker's ("Morwen Pulse" of the maker "Morwen") and stands before the noun of the goods. Only
when the document names the maker by that first word alone (as a body or, for a one-word
firm's name, as the model's person), so a carrier's own fleet written whole ("the Harbour
Line vans", no "Harbour" alone) keeps its kind.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.mentions import WORK, Mention
from generator.extract.typing_unowned_goods import goods_at

__all__ = ["maker_model_votes"]

#: The model's labels of a maker's name written alone: a firm's one-word name is often read
#: as a person's ("maker Morwen has unveiled").
_NAME_LABELS = frozenset({"ORG", "PERSON"})
#: Weight: more than the model's organization label and a body's verb together.
_WEIGHT = 3.0


def _maker_named_alone(span: Span) -> bool:
    """Whether the document names a body by the first word of the name alone ("Morwen" of
    "Morwen Pulse"), outside the name itself, or after one word the model took into it."""
    maker = span[0].text
    for ent in span.doc.ents:
        if ent.label_ not in _NAME_LABELS or span.start <= ent.start < span.end:
            continue
        # "Morwen", or the model's "Carmaker Morwen" that a trade noun opens
        if ent.text == maker or (ent.label_ == "ORG" and len(ent) == 2 and ent[-1].text == maker):
            return True
    return False


def _before_goods(span: Span) -> bool:
    """Whether a noun of goods follows the name, straight or after one lower-case describing
    word: "Morwen Pulse smartwatch", "Tarka Drift electric vans"."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    # the tagger may call a lower-case describing word after a name a proper noun
    described = after is not None and after.is_lower and after.pos_ in ("ADJ", "PROPN")
    return goods_at(doc, span.end + 1 if described else span.end)


def maker_model_votes(mention: Mention) -> None:
    """A work's vote for a body's name of two or three words before a noun of goods whose
    first word the document names as a body alone: "the Morwen Pulse smartwatch"."""
    span = mention.span
    if span.label_ != "ORG" or not 2 <= len(span) <= 3:
        return
    if _before_goods(span) and _maker_named_alone(span):
        mention.vote(WORK, _WEIGHT)  # the maker's model, not a second body
