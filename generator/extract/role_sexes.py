"""Nouns for people of opposite sexes joined by "and" before a name.

"her mother and boat builder father Tom Vell" names two people: no one is both
mother and father at once, so the title before the name starts after "and". Words that
say nothing of sex ("baker and councillor Jane Roe") still join two roles of one person.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.speech import words

__all__ = ["opposite_sexes"]


def opposite_sexes(before: Token, last: Token) -> bool:
    """Whether ``before`` (the noun before "and") and ``last`` (the title's last noun)
    say opposite sexes ("mother" and "father", "husband" and "wife")."""
    male, female = words().male_nouns, words().female_nouns
    first, second = before.lower_, last.lower_
    return (first in male and second in female) or (first in female and second in male)
