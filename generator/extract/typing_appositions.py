"""Roles that, set off after a name of two words or more, make it a person's: "Hen Vell,
former editor of the weekly", "Jo Ames, chief executive of Acme". Bodies share other roles
("Hale Capital, the fund manager", "Acme Ltd, owner of the Ledger"), never these. A firm is
as often an adviser, an analyst or a sponsor, so such a role set off after one word ("Quorra,
the adviser to shareholders") is no evidence either way: the model's reading stands; unless
the role is held at or with a body ("Ferrand, an analyst at Kestrel Bank"), as staff are."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.typing_apposed_lists import FIRMS_TOO

#: Shared roles (evidence.yaml) that only a person holds when set off after a full name.
_PERSONS_ONLY = frozenset({"editor", "executive", "boss", "colleague", "militant", "warlord"})
_PERSONS_ONLY |= {"chief"}


def apposed_role(appositive: Token, person_titles: frozenset[str], *, full_name: bool) -> bool:
    """Whether the head of an apposition to a name is a person's role: a title that is no
    body's ("spokesman"), or one hyphened onto its head ("singer-songwriter"), or, after a
    full name, a role bodies do not hold ("editor"); after one word, no role firms hold too."""
    word = appositive.lower_
    if not full_name and word in FIRMS_TOO and not _held_at(appositive):
        return False  # "Quorra, the adviser to shareholders": a firm's name as often
    if word in person_titles or (full_name and word in _PERSONS_ONLY):
        return True
    return any(_hyphened_role(child, person_titles) for child in appositive.children)


def _held_at(role: Token) -> bool:
    """Whether a role is held "at" or "with" something, as a member of its staff is: "an
    analyst at Kestrel Bank", "a consultant with Tarn Hollis"."""
    return any(child.dep_ == "prep" and child.lower_ in ("at", "with") for child in role.children)


def _hyphened_role(part: Token, person_titles: frozenset[str]) -> bool:
    """Whether a word hyphened onto an apposition's head is a title: the "singer" of "the
    singer-songwriter", the "actor" of "actor-director"."""
    doc = part.doc
    hyphen = part.i + 1 < len(doc) and doc[part.i + 1].text == "-" and not part.whitespace_
    return part.dep_ in ("compound", "amod", "nmod") and hyphen and part.lower_ in person_titles
