"""Evidence that a name is a record's title: "their third record, Paper Moons," or "a new EP,
Night Drive." A name set off by a comma right after a noun of a recording, and ending its
clause there, renames the recording; the parse often hangs it elsewhere ("Paper Moons" on
"band"), so the words are read as written. Nouns of `work_nouns` ("album", "single") are
the work votes' own; these are the words of music that name no one.

A name a chart place is reached "with" is a record too: "stayed at number one with Paper
Moons", "topped the charts with Night Drive"; an act reaches the place, a record takes it there.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import lower_at
from generator.extract.listed_names import first_listed_name
from generator.extract.mentions import WORK, Mention
from generator.extract.referent_given_names import given_name_sex

__all__ = ["record_title_votes"]

#: Nouns of a recording: "their third record, X", "a new EP, X", "its lead track, X".
_RECORDINGS = frozenset(
    {"record", "ep", "lp", "mixtape", "release", "debut", "track", "tune", "ballad", "anthem"}
)
#: What may end a title set off after its noun: "record, Paper Moons." or "..., sold".
_CLOSES = frozenset({",", ".", ";", ":", ")", "!", "?", ""})


#: Nouns of the singles and album charts: "topped the charts with".
_CHARTS = frozenset({"chart", "charts"})


def record_title_votes(mention: Mention) -> None:
    """A work's vote for a name set off after a noun of a recording and ending its clause:
    "with their third record, Paper Moons."; not "after his release, Jo Ames moved"; and for
    a name a chart place is reached with."""
    span, doc = mention.span, mention.span.doc
    if _charted_with(span):
        mention.vote(WORK, 3.0)  # "went to number one with Paper Moons"
    if lower_at(doc, span.start - 1) != "," or lower_at(doc, span.end) not in _CLOSES:
        return
    noun = doc[span.start - 2] if span.start >= 2 else None
    if noun is not None and noun.lower_ in _RECORDINGS and noun.pos_ in ("NOUN", "PROPN"):
        mention.vote(WORK, 3.0)


def _charted_with(span: Span) -> bool:
    """Whether the name is what a clause of a chart place is reached "with": the clause's verb
    has "number" and a numeral ("at number one") or a chart ("topped the charts") outside the
    "with" phrase. Not a name opening with a given name, nor one a noun or a verb goes with,
    which may be a partner or a scorer ("with Jo Ames scoring")."""
    root = first_listed_name(span.root)  # "with Paper Moons and Night Drive"
    if root.dep_ != "pobj" or root.head.lower_ != "with" or given_name_sex(span[0].text):
        return False  # "at number one with Jo Ames": a duet's partner may be the one named
    words = list(root.subtree)
    if any(t.is_lower and t.i < span.start for t in words):
        return False  # "with rapper Jo Ames"
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return False  # "top of the table with Jo Ames scoring twice": a match's scorer
    with_ = root.head
    verb = next((a for a in with_.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    inside = {t.i for t in with_.subtree}
    return any(
        t.i not in inside
        and (
            t.lower_ in _CHARTS
            or (t.lower_ == "number" and any(c.dep_ == "nummod" for c in t.children))
        )
        for t in verb.subtree
    )
