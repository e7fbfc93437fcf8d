"""A trade or office the tables do not list, run into a name: "Dunmore County Coroner
Harold Vesk", "Fenwick Strangler Arnold Pyle".

The model often takes a capitalised noun for someone ("Coroner", "Strangler") and the words
before it into a person's span. Such a noun, an English common noun for a person by its
word lists or ending (`role_nouns.person_noun`), with a full name after it that opens with
a common given name of one sex (data/given_names.yaml), ends the words before the name.
The given name is the guard: many surnames are nouns for a trade ("Ann Potter Walker
Smith" keeps its middle names, since "Walker" is no given name).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.nlp import common_nouns
from generator.extract.referent_given_names import given_name_sex
from generator.extract.role_nouns import person_noun


def trade_before_name(token: Token, after: Span) -> bool:
    """Whether ``token`` is a capitalised noun for someone's trade that a full name opened by
    a given name follows: "Coroner" of "Coroner Harold Vesk"."""
    lower = token.lower_
    return (
        token.text[:1].isupper()
        and len(after) >= 2
        and lower in common_nouns()
        and person_noun(lower)
        and given_name_sex(after[0].text) is not None
        and given_name_sex(lower) is None
    )
