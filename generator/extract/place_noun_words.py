"""Whether a word is a place noun ("town", "towns", "region"), the plural of a noun of people
left out.

A name before a place noun is a place: "the Kelby region", "the Kelby and Tarvik provinces".
A few place nouns are nouns of people too: "refugee" marks a place only as it modifies a noun
("the Zelta refugee camp"). Its plural is the people themselves, and the name before them
says where they come from or who they are: "Somali refugees", "Ugandan Tutsi refugees" name a
nationality and a people, no place.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import Lexicon, people_nouns, singulars

__all__ = ["place_noun"]


def place_noun(token: Token, lex: Lexicon) -> bool:
    """Whether a word, or the singular of a plural, is a place noun; a plural whose singular
    is a noun of people is none."""
    word = token.lower_
    if word in lex.place_nouns:
        return True
    people = people_nouns()
    return any(form in lex.place_nouns and form not in people for form in singulars(word)[1:])
