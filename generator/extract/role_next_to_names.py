"""A noun for a person written right before a full name in lower case is the name's title,
wherever the parse hung it ("Heavyweight boxer Jo Roe was held" with "boxer" hung from
the verb): news copy puts no other person noun there. Only a word tagged a noun: the
endings of nouns for people also end prepositions ("after", "despite")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.role_nouns import person_noun

__all__ = ["next_to_full_name"]

#: A clause's own places for a noun: "She told the nurse Jo Roe had gone" tells the nurse
#: that Jo Roe had gone. A bare noun there is still a title ("..., interviewer Jo Roe asked
#: him", parsed as the verb's object): "the nurse" may be someone else.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "dative", "pobj", "attr"})


def next_to_full_name(token: Token, span: Span) -> bool:
    """Whether ``token`` is a lower-case singular noun for a person by the word lists,
    right before ``span``, a name of two or more capitalised words."""
    return (
        token.i == span.start - 1
        and token.is_lower
        and token.is_alpha
        and token.pos_ == "NOUN"
        and not (token.dep_ in _ARGUMENTS and _determined(token))
        and token.tag_ not in ("NNS", "NNPS")
        and len(span) >= 2
        and all(word.is_title for word in span)
        and person_noun(token.lower_)
    )


def _determined(noun: Token) -> bool:
    """Whether a noun has a determiner or a possessive of its own ("the nurse")."""
    return any(child.dep_ in ("det", "poss") for child in noun.children)
