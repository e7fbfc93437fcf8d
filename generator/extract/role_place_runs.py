"""A second place the parse hung on a role's head instead of on the place before it: "Lord
Chief Justice of England and Wales" with "Wales" read as a second role beside "Justice".
`role_phrases` keeps such a place, and the "and" before it, inside the "of" phrase."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["place_run_on"]

#: Entity types of places, which "and" joins into one ("England and Wales").
_PLACES = ("GPE", "LOC")


def place_run_on(head: Token, child: Token) -> bool:
    """Whether ``child`` of a role's ``head`` is a place joined by "and" to the place that
    ends the head's own "of" phrase right before it, or that "and": "of England and
    Wales", one phrase, whatever the parse made of it."""
    if child.dep_ == "cc":
        child = next((c for c in head.children if c.dep_ == "conj" and c.i == child.i + 1), child)
    if child.dep_ != "conj" or child.ent_type_ not in _PLACES or child.i < 2:
        return False
    doc = child.doc
    joiner, place = doc[child.i - 1], doc[child.i - 2]
    return (
        joiner.lower_ in ("and", "&")
        and joiner.head == head
        and place.dep_ == "pobj"
        and place.ent_type_ in _PLACES
        and place.head.head == head
    )
