"""What a writing's own phrase says of who wrote it: "the letter from Acme" names its
sender; a bare "the report" names no one, so it may be the report named before it.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["bare_writing", "sender_named"]


def sender_named(writing: Token) -> bool:
    """Whether a writing's own phrase says who sent or wrote it ("the letter from ...",
    "the post by ..."): then no earlier writing is the one it means."""
    return any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in writing.children)


def bare_writing(noun: Token) -> bool:
    """Whether a noun has only "the" before it and nothing after: "the report", not "the
    council's report" nor "the report by Acme", which may be another writing."""
    return all(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
