"""A body's name the model read with its owner's possessive before it: "Ames's Order of
Foresters", "Kelby's Tarvolt Group".

The model sometimes reads a person's possessive into the organization after it, so the
body is published under a name no one writes alone. The words before "'s" are the owner,
not a part of the name, when the document names them as a person elsewhere (the last word
of one of the model's people); a firm named after its founder ("Moody's Investors
Service") has no such person in the story, and keeps its "'s".
"""

from __future__ import annotations

from spacy.tokens import Span

#: Most words of an owner before its "'s".
_MOST_OWNER_WORDS = 3


def without_owner(span: Span) -> Span:
    """The organization span without an owner's possessive before its name (see the
    module); any other span as it is."""
    if span.label_ != "ORG":
        return span
    cut = next((t.i for t in span[1:-1] if t.tag_ == "POS"), None)
    if cut is None or cut - span.start > _MOST_OWNER_WORDS or not span.doc[cut + 1].is_title:
        return span
    owner = span.doc[span.start : cut]
    if not all(t.is_title and t.is_alpha for t in owner if t.lower_ != "the"):
        return span
    if not _person_elsewhere(owner, span):
        return span
    return Span(span.doc, cut + 1, span.end, label="ORG")


def _person_elsewhere(owner: Span, span: Span) -> bool:
    """Whether the owner's last word ends a person of the model's outside the span, and
    the owner is no body of the model's there too ("Kelbo, a video service ...")."""
    last = owner[-1].text
    outside = [e for e in span.doc.ents if e.end <= span.start or e.start >= span.end]
    if any(e.label_ == "ORG" and e.text == owner.text for e in outside):
        return False
    return any(e.label_ == "PERSON" and e[-1].text == last for e in outside)
