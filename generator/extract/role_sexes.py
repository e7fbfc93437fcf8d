"""Nouns for people joined by "and" before a name that cannot be one person.

"her mother and boat builder father Tom Vell" names two people: no one is both
mother and father at once, so the title before the name starts after "and". Nor is anyone
both of one owner's kin ("her husband and son Tom Vell"). Words that say nothing of sex
("baker and councillor Jane Roe") still join two roles of one person.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.speech import words

__all__ = ["opposite_sexes", "owned_kin_pair"]

#: Nouns of kin, each a tie to an owner ("her son").
_KIN = frozenset(
    {"mother", "father", "mum", "mom", "dad", "son", "daughter", "wife", "husband"}
    | {"brother", "sister", "aunt", "uncle", "niece", "nephew", "cousin", "grandson"}
    | {"granddaughter", "grandmother", "grandfather", "stepson", "stepdaughter"}
)


def opposite_sexes(before: Token, last: Token) -> bool:
    """Whether ``before`` (the noun before "and") and ``last`` (the title's last noun)
    say opposite sexes ("mother" and "father", "husband" and "wife")."""
    male, female = words().male_nouns, words().female_nouns
    first, second = before.lower_, last.lower_
    return (first in male and second in female) or (first in female and second in male)


def owned_kin_pair(before: Token, last: Token) -> bool:
    """Whether ``before`` and ``last`` are two kin of the owner ``before`` is given ("her
    husband and son Tom Vell"): two people; without an owner, "Mother and grandmother
    Ann Roe" describes one woman."""
    owned = any(c.dep_ == "poss" for c in before.children)
    return owned and before.lower_ in _KIN and last.lower_ in _KIN
