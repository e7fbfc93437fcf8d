"""The words of a spokes noun's phrase ("a spokesman for Acme", "the spokesman", "an MoD
spokesman"): which may say whom it speaks for, and which say nothing.

`referent_organizations.Organizations` reads whom a spokes noun speaks for from them.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.speech import definite

__all__ = [
    "NEUTRAL_MODIFIERS",
    "OWNER_PREPOSITIONS",
    "SPOKES_PEOPLE",
    "bare_definite",
    "common_noun",
    "names_its_owner",
]

#: Words before a spokes noun that say nothing of whom it speaks for.
NEUTRAL_MODIFIERS = frozenset(
    ["official", "deputy", "chief", "senior", "written", "separate", "brief", "short", "joint",
     "formal", "later", "earlier", "further", "new", "second", "latest", "full", "same"]
)  # fmt: skip
#: Prepositions by which a spokes noun's phrase names whom it speaks for ("for Acme").
OWNER_PREPOSITIONS = frozenset(["for", "from", "of", "at", "by"])
#: Spokes nouns that name a person, and those that name a writing: each refers back to its own.
SPOKES_PEOPLE = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative"])


def names_its_owner(child: Token) -> bool:
    """Whether a word of a spokes noun's phrase may say whom it speaks for ("Acme",
    "for Ms Lee", "her"), unlike "the", "official" or "deputy"."""
    if child.dep_ == "prep":
        return child.lower_ in OWNER_PREPOSITIONS  # not "a statement on Tuesday"
    return (
        child.dep_ in ("compound", "amod", "nmod", "poss", "appos")
        and child.lower_ not in NEUTRAL_MODIFIERS
    )


def bare_definite(noun: Token) -> bool:
    """Whether a spokes noun for a person is "the spokesman" alone, which names no owner
    and refers back to an earlier one in turn."""
    bare = not any(names_its_owner(c) for c in noun.children)
    return noun.lower_ in SPOKES_PEOPLE and definite(noun) and bare


def common_noun(token: Token) -> bool:
    """A common noun, also one in lower case that the tagger took for a name (after a
    quote, "'...,' a council spokesman said" tags "council" as one)."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.islower())
