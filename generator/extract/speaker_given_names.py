"""The name an unnamed speaker's relative clause gives: "who gave only her first name".

"One shopper, who would give only her first name, Rosa, said: '...'" and "a driver who
gave his name only as Dev said ...": wire copy names people who will not give a full name
inside a relative clause on the noun that speaks. That name is the speaker's, though the
NER, seeing one given name alone, often misses it.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity, Mention
from generator.extract.lexicon import Lexicon
from generator.extract.roles import role_of

__all__ = ["given_name", "given_person", "named_as"]

#: Words that open the naming in the clause ("gave her name as", "identified only as").
_NAMING = frozenset(["name", "identify", "identified", "identifies"])

#: Words that may stand between the naming word and the name itself.
_BETWEEN = frozenset([",", "only", "as", "by", "her", "his", "their", "first", "name", "was"])

#: Participles that give a noun its name: "a user named Jo", "a man called Dev".
_CALLING = frozenset(["named", "called"])

#: Tokens after the naming word read for the name.
_REACH = 5


def given_name(subject: Token) -> Token | None:
    """The capitalised proper noun a relative clause on the subject gives as its name,
    or None: the clause must name with "name" or "identify" and the proper noun follow
    at once, past only words like "only", "as", "her first name" and commas; or the name
    a participle gives it (`called_name`: "a user named Jo")."""
    if subject.pos_ != "NOUN":
        return None
    called = called_name(subject)
    if called is not None:
        return called
    for clause in subject.children:
        if clause.dep_ not in ("relcl", "acl"):
            continue
        doc = subject.doc
        for token in clause.subtree:
            if token.lower_ not in _NAMING:
                continue
            for after in doc[token.i + 1 : token.i + 1 + _REACH]:
                if after.lower_ in _BETWEEN:
                    continue
                if after.pos_ == "PROPN" and after.text[:1].isupper() and after.is_alpha:
                    return after
                break
    return None


def called_name(subject: Token) -> Token | None:
    """The name a participle "named" or "called" gives the subject noun or its apposition:
    "a user named Jo said", "one shopper, a man called Dev, told": the parser makes the name
    the participle's object predicate (the last word of a longer name), which the speaker
    is known by. None for any other subject."""
    if subject.pos_ != "NOUN":
        return None
    nouns = [subject, *(c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
    for noun in nouns:
        for clause in noun.children:
            if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lower_ not in _CALLING:
                continue
            for name in clause.children:
                if name.dep_ == "oprd" and name.pos_ == "PROPN" and name.text[:1].isupper():
                    return name
    return None


def named_as(name: Token) -> Token | None:
    """The name itself when a capitalised proper noun follows a naming word past only
    words like "only" and "as": "a retiree who gave his name only as Walt said", which the
    parser may read as "as Walt said", the name the subject of the verb; else None."""
    if name.pos_ != "PROPN" or not name.text[:1].isupper():
        return None
    for before in reversed(name.doc[max(0, name.i - _REACH) : name.i]):
        if before.lower_ in _NAMING:
            return name
        if before.lower_ not in _BETWEEN:
            return None
    return None


def given_person(name: Token, lex: Lexicon) -> Entity:
    """A person for a name `given_name` found that no entity holds: the clause itself says
    a person bears it, though one given name alone is too little for the NER."""
    span = name.doc[name.i : name.i + 1]
    entity = Entity(PERSON, span.text, [Mention(span, PERSON, span.text, span.text)])
    entity.role = role_of(entity, lex)
    return entity
