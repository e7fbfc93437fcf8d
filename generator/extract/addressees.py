"""Whom a verb of saying is said to, read from the parse alone.

"He told Ann Vell: '...'" names the one spoken to, who is not the speaker; the
pronoun search in `antecedents` uses these words to refuse that person.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.pronoun_forms import HE, SHE
from generator.extract.speech import SUBJECT_DEPS

__all__ = ["OBJECT_PRONOUNS", "addressee_words", "told_other_sex"]

#: Object pronouns read back as the subject pronouns they are the forms of
#: ("the Ledger quoted him as saying", "he told her").
OBJECT_PRONOUNS = {HE.object: HE.subject, SHE.object: SHE.subject}
#: Dependents of a verb of saying that name whom it is said to, besides "to ...".
ADDRESSEE_DEPS = frozenset(["dobj", "dative", "iobj", "npadvmod"])


def addressee_words(pronoun: Token) -> list[Token]:
    """The heads of whom a subject pronoun's verb is said to: its objects and its "to".

    The parser may hang a name in apposition straight on the verb ("He told the
    chair, Ann Vell: ..."), so every object-like dependent counts.
    """
    if pronoun.dep_ not in SUBJECT_DEPS:
        return []
    verb = pronoun.head
    objects = [c for c in verb.children if c.dep_ in ADDRESSEE_DEPS]
    objects += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return objects


def told_other_sex(pronoun: Token) -> bool:
    """Whether a subject pronoun's verb has an object pronoun of the other sex ("he told her")."""
    return pronoun.dep_ in SUBJECT_DEPS and any(
        c.dep_ in ADDRESSEE_DEPS
        and c.lower_ in OBJECT_PRONOUNS
        and OBJECT_PRONOUNS[c.lower_] != pronoun.lower_
        for c in pronoun.head.children
    )
