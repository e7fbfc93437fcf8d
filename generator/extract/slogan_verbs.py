"""A campaign slogan's verb before a name: "Vote Quillby, Get Marrow".

A slogan sets a verb with a capital before each name, and the model reads the verb into
the name ("Get Marrow" a person). Such a verb, where a sentence opens or after a comma or colon,
before a capitalised word, is no part of the name. The verbs are few and are nobody's
given names.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.sentence_openers import opens_sentence

__all__ = ["after_slogan_verb"]

#: Verbs a slogan opens with before a candidate's name.
_SLOGAN_VERBS = frozenset({"vote", "elect", "get", "reelect"})


def after_slogan_verb(doc: Doc, start: int, end: int) -> int:
    """Where a span from ``start`` to ``end`` starts once a slogan's opening verb is left
    out; ``start`` when it opens with none."""
    if end - start < 2:
        return start  # a verb and a name need two words; an emptied span has none to read
    verb = doc[start]
    if verb.lower_ not in _SLOGAN_VERBS or not verb.is_title:
        return start
    if not (opens_sentence(verb) or (start > 0 and doc[start - 1].text in (",", ":", ";"))):
        return start
    return start + 1 if doc[start + 1].is_title else start
