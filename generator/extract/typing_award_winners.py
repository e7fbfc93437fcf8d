"""Whether the name after "best actor for" is the winner, not the winner's work.

"Ana Roux won best actress for Moon River": the clause's subject won, and the name after
"for" is the work she won it for. "The drama received six nominations, including best actor
for Leon Darrow": the subject is a work or a thing, so the name after a category of people
("actor", "director") is the person it is for.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import person_noun
from generator.extract.pronoun_forms import SUBJECTS
from generator.extract.typing_actor_parts import named_person

#: Award categories won by a person, after "best": "best actor", "best director".
PERSON_CATEGORIES = frozenset({"actor", "actress", "director", "newcomer", "comedian"})
_PERSON_PRONOUNS = SUBJECTS | {"i", "we", "they"}


def awarded_to_name(name: Span) -> bool:
    """Whether "best actor for" before the name gives the award to it: the category just
    before "for" is a person's (read from the words: the parser may hang "for" on another
    category of the list) and the subject of the verb the category hangs on is no
    person's name, pronoun or noun."""
    if name.start < 2:
        return False
    category = name.doc[name.start - 2]
    if category.lower_ not in PERSON_CATEGORIES:
        return False
    verb = category
    # "including" is a verb form but heads a preposition's phrase, not a clause.
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "prep") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(someone(s) for s in subjects)


def someone(subject: Token) -> bool:
    """Whether a subject is a person: a name the model reads as one or that opens with a given
    name (an actor the model read as a body), a pronoun, a noun."""
    return named_person(subject) or subject.lower_ in _PERSON_PRONOUNS or person_noun(subject)
