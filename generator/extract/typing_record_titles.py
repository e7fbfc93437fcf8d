"""Evidence that a name is a record's title: "their third record, Paper Moons," or "a new EP,
Night Drive." A name set off by a comma right after a noun of a recording, and ending its
clause there, renames the recording; the parse often hangs it elsewhere ("Paper Moons" on
"band"), so the words are read as written. Nouns of `work_nouns` ("album", "single") are
the work votes' own; these are the words of music that name no one.
"""

from __future__ import annotations

from generator.extract.doc_words import lower_at
from generator.extract.mentions import WORK, Mention

__all__ = ["record_title_votes"]

#: Nouns of a recording: "their third record, X", "a new EP, X", "its lead track, X".
_RECORDINGS = frozenset(
    {"record", "ep", "lp", "mixtape", "release", "debut", "track", "tune", "ballad", "anthem"}
)
#: What may end a title set off after its noun: "record, Paper Moons." or "..., sold".
_CLOSES = frozenset({",", ".", ";", ":", ")", "!", "?", ""})


def record_title_votes(mention: Mention) -> None:
    """A work's vote for a name set off after a noun of a recording and ending its clause:
    "with their third record, Paper Moons."; not "after his release, Jo Ames moved"."""
    span, doc = mention.span, mention.span.doc
    if lower_at(doc, span.start - 1) != "," or lower_at(doc, span.end) not in _CLOSES:
        return
    noun = doc[span.start - 2] if span.start >= 2 else None
    if noun is not None and noun.lower_ in _RECORDINGS and noun.pos_ in ("NOUN", "PROPN"):
        mention.vote(WORK, 3.0)
