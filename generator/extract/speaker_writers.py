"""Which writer "the report" means when a story credits its reports to more than one.

A story built on one report names its writer again and again ("a report by the Hale
Trust", "in its report, the trust ..."); a report by someone else cited in passing ("a
Vell News report from June claimed") is one mention among them. A later bare "the
report" is the one the story keeps coming back to: the writer most of the earlier
mentions of the same word name. With no such majority the writing is nobody's: a
wrong writer is worse than none. A writing of another word brought in just before ("A
study by X found ...") is the one meant, since that count leaves it out.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from generator.extract.entities import Entity

__all__ = ["introduced_just_before", "most_credited"]


def most_credited(writers: list[Entity]) -> Entity | None:
    """The writer more than half of `writers` name (the writers of the earlier mentions
    of one writing word), or None when no writer has that majority."""
    if not writers:
        return None
    counts = Counter(id(w) for w in writers)
    top, count = counts.most_common(1)[0]
    if 2 * count <= len(writers):
        return None
    return next(w for w in writers if id(w) == top)


def introduced_just_before(writing: Token, noun: Token) -> bool:
    """Whether a writing of another word is brought in ("a study by X") in the definite
    noun's paragraph or the one before it: "the report" then means that new writing. One
    of the same word ("a Y report claimed") is weighed with the others of that word."""
    introduced = any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in writing.children
    )
    between = noun.doc.text[writing.idx : noun.idx]
    other_word = writing.lower_ != noun.lower_
    return introduced and other_word and between.count("\n\n") <= 1
