"""Offices in speaker search: whether a title or a stated role holds the office a role noun
names ("the prime minister"), and not only its deputy or shadow."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from generator.extract.entities import Entity
from generator.extract.role_tables import role_words

#: Words that make an office another one: a deputy prime minister is not "the prime minister".
OFFICE_MODIFIERS = frozenset(["shadow", "deputy", "vice", "assistant", "associate", "junior"])
#: Words before a name read as its title.
TITLE_WORDS = 4
#: Abbreviated titles the role tables leave out ("Dr" is also a street's "Drive" there).
_SHORT_TITLES = {"dr": "doctor", "dr.": "doctor"}


#: Offices a story has one holder of, by head noun, with the words that must come before
#: the head ("prime minister"), if any: the speaker and the role searches read them alike.
ONE_HOLDER_OFFICES: dict[str, tuple[str, ...]] = {
    "minister": ("prime",),
    "pm": (),
    "premier": (),
    "president": (),
    "chancellor": (),
}


def titled_as(entity: Entity, noun: str, words: list[str]) -> bool:
    """Whether a mention of the person follows the title ``noun`` ("Mayor Quist") that
    holds every word of the phrase, and the title is the office ``words`` name, not its
    deputy ("Deputy Prime Minister Ann Lee" is not "the prime minister")."""
    for mention in entity.mentions:
        start = mention.span.start
        doc = mention.span.doc
        if start > 0 and (noun in _title_words(doc[start - 1]) or _opens_title(doc[:start], noun)):
            title = [w for t in doc[max(0, start - TITLE_WORDS) : start] for w in _title_words(t)]
            # "the Leeds MP" is not "Labour MP Jo Ames": every word of the phrase is in the title.
            if all(w in title for w in words) and not deputy_of(title, words):
                return True
    return False


def _title_words(token: Token) -> list[str]:
    """The lower-case words a title just before a name stands for, its abbreviation read
    in full ("Dr." is "doctor", "Sen." "senator": "Dr. Jo Ames ... the doctor said")."""
    full = _SHORT_TITLES.get(token.lower_) or role_words().abbreviations.get(token.lower_)
    return [token.lower_, *(full.lower().split() if full else [])]


def _opens_title(before: Span, noun: str) -> bool:
    """Whether a noun for a person is a word of the title written with capitals just before
    a name ("Detective Inspector Ann Vell" is "the detective"): a rank of several words
    names the person by each noun of it."""
    if noun not in role_words().people:
        return False
    for token in reversed(before[max(0, len(before) - TITLE_WORDS) :]):
        if not (token.is_alpha and token.text.istitle()):
            return False
        if token.lower_ == noun:
            return True
    return False


def role_holds(role: str, words: list[str]) -> bool:
    """Whether a stated role holds every word of a role noun's phrase, and is not a
    deputy or shadow of it when the phrase does not say so."""
    held = role_terms(role)
    return all(w in held for w in words) and not deputy_of(held, words)


def role_terms(role: str) -> list[str]:
    """The lower-case words of a stated role, its commas left out."""
    return role.lower().replace(",", " ").split()


def deputy_of(held: list[str], said: Collection[str]) -> bool:
    """Whether the words of a held title or role make it a deputy or shadow (OFFICE_MODIFIERS)
    of the office a phrase names, which the phrase does not say: "Shadow chancellor" held,
    "the chancellor" said."""
    return bool((set(held) & OFFICE_MODIFIERS) - set(said))
