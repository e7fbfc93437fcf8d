"""The name just before a verb of saying the parser gave no subject.

"Speaking to NewsDesk, Jo Ames, a vet from Dunmore, said": the parser may tie the name to
the phrase before it, but it is the one who says. An age or role set off after the name
("Speaking to NewsDesk, Dr Jo Ames, 29, said") may be hung beside the name, on the phrase
before: the name it follows is still the one who says.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity
from generator.extract.participle_subjects import opening_participle
from generator.extract.quote_marks import Quote
from generator.extract.speaker_openings import opening_name, relative_named
from generator.extract.speech import in_any

__all__ = ["name_before_verb"]

#: Dependents that follow the word they hang from: the words of an appositive after a name.
TRAILING_DEPS = frozenset(
    ["appos", "prep", "pobj", "amod", "compound", "det", "nummod", "punct", "poss", "case"]
)


def name_before_verb(
    verb: Token,
    quote: Quote,
    owners: dict[int, Entity],
    quoted: Callable[[int], bool],
    phrase_noun: Callable[[Token], Token],
) -> Token | None:
    """The name just before a verb the parser gave no subject, its appositive aside;
    ``phrase_noun`` gives the noun a name ends the phrase of ("an aide to Jo Ames")."""
    if verb.i == 0 or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl")
        and not quoted(c.idx)
        and not opening_participle(c, verb)
        for c in verb.children
    ):
        return None  # a subject in quotes is a title ('said on "Talk Hour"'), no speaker
    token = verb.doc[verb.i - 1]
    if token.is_punct and token.i > 0:
        token = verb.doc[token.i - 1]
    aside: set[int] = set()
    # A person's name right before the verb speaks, even when the parser made it an
    # appositive of a name before ("with Mr Lee, Labour MP Jo Ames said").
    while token.dep_ in TRAILING_DEPS and token.head.i < token.i and not _person(token, owners):
        beside = _name_beside(token, owners)
        if beside is not None:
            aside = {t.i for t in token.subtree}  # "Jo Ames, 29," hung side by side
            token = beside
            break
        token = token.head
    owner = owners.get(token.i)
    if owner is None or owner.kind != PERSON or in_any(token, quote):
        return opening_name(verb, quote, owners) or relative_named(verb, quote, owners)
    # "an aide to Senator Jo Ames said": a name ending a noun's prepositional phrase is
    # whom the noun is spoken of with; the noun is the subject (`titled_holder`).
    token = phrase_noun(token)
    # Only the name and what hangs off it stand between it and the verb.
    span = {t.i for t in token.subtree} | aside
    between = verb.doc[token.i : verb.i]
    return token if all(t.i in span or t.is_punct for t in between) else None


def _person(token: Token, owners: dict[int, Entity]) -> bool:
    owner = owners.get(token.i)
    return owner is not None and owner.kind == PERSON


def _name_beside(token: Token, owners: dict[int, Entity]) -> Token | None:
    """The person's name an appositive follows after a comma when the parser hung both on
    the same word ("to NewsDesk, Jo Ames, 29,": "Ames" and "29" both of "NewsDesk")."""
    if token.dep_ != "appos" or token.i < 2 or token.doc[token.i - 1].text != ",":
        return None
    name = token.doc[token.i - 2]
    if name.dep_ == "appos" and name.head.i == token.head.i and _person(name, owners):
        return name
    return None
