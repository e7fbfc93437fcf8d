"""The side a lawyer speaks for in court, set off beside the name.

British court reports name counsel by the side they argue, with a participle set off by
commas after the name or fronted before it: "Simon Pell, defending, said", "Prosecuting,
Helen Marsh told the court", "Jo Ames, for the prosecution, said", "Ann Roe, representing
the family, said". The role is the office the side names, as an editor writes it:
"prosecuting counsel", "defence counsel", "counsel for the prosecution"; a bare participle
("prosecuting") says how the lawyer acts, not what they are.
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["court_side"]

#: Participles that name a side in court on their own, with the counsel each names.
_COUNSEL = {
    "prosecuting": "prosecuting counsel",
    "defending": "defence counsel",
    "mitigating": "defence counsel",
}
SIDES = frozenset(_COUNSEL)
#: Sides named after "for the": "for the prosecution".
_FOR_SIDES = frozenset({"prosecution", "defence", "defense", "crown"})
#: Marks that may close a phrase set off after a name.
_CLOSES = frozenset({",", ".", ";", ":", "\u2013", "\u2014"})
#: Most words of whom someone represents ("the family of the dead man").
MAX_CLIENT_WORDS = 6


def _set_off_after(span: Span) -> str | None:
    """ "defence counsel" of "Simon Pell, defending, said"; "counsel for the prosecution";
    "representing the family", each set off by a comma after the name and closed by a mark."""
    doc = span.doc
    at = span.end
    if at + 2 >= len(doc) or doc[at].text != ",":
        return None
    word = doc[at + 1]
    if word.lower_ in SIDES and doc[at + 2].text in _CLOSES:
        return _COUNSEL[word.lower_]
    if word.lower_ == "for" and doc[at + 2].lower_ == "the" and at + 4 < len(doc):
        side = doc[at + 3]
        if side.lower_ in _FOR_SIDES and doc[at + 4].text in _CLOSES:
            return f"counsel for the {side.text}"
    if word.lower_ == "representing":
        end = at + 2
        while end < len(doc) and doc[end].text not in _CLOSES:
            if end - at - 2 == MAX_CLIENT_WORDS or doc[end].pos_ in ("VERB", "AUX"):
                return None
            end += 1
        if end < len(doc) and end > at + 2:
            return doc[at + 1 : end].text
    return None


def _fronted(span: Span) -> str | None:
    """ "prosecuting counsel" of "Prosecuting, Helen Marsh said": the side opening the sentence,
    set off by a comma right before the name."""
    doc = span.doc
    at = span.start
    if at < 2 or doc[at - 1].text != ",":
        return None
    word = doc[at - 2]
    if word.lower_ in SIDES and word.is_sent_start:
        return _COUNSEL[word.lower_]
    return None


def court_side(span: Span) -> str | None:
    """The side in court a lawyer is named by beside the name, or None."""
    return _set_off_after(span) or _fronted(span)
