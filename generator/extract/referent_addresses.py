"""A head of government's office named by its house number: "No 10", "Number 10".

British news names the prime minister's office by its address as often as by its street:
"a No 10 spokesman said", "a spokeswoman for Number 10", "No 10 said last night". The
parser reads "No" as a determiner and "10" as a number (the NER a cardinal or a law), so
no entity owns the words and the speaker would be nobody, while the street's own name and
the one-word "No10", which the NER does tag, already speak as bodies. The words, as
written, name the body (`referent_bodies.Bodies.spoken_for` keeps it as an organization).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.speech import words

__all__ = ["office_address"]

#: The words that come before the house number, in lower case.
NUMBER_WORDS = frozenset(["no", "no.", "number"])
#: The house number, in figures or in words.
HOUSE_NUMBERS = frozenset(["10", "ten"])


def office_address(subject: Token) -> Span | None:
    """The "No 10" a subject is ("No 10 said", "Number 10 has said") or a spokes noun's
    phrase names right before it ("a No 10 spokesman") or after "for" or "from" ("a
    spokesman for No 10"), as written; else None."""
    found = _address_at(subject)
    if found is not None or subject.lower_ not in words().spokes_nouns:
        return found
    if subject.i >= 2:
        before = _address_at(subject.doc[subject.i - 1])
        if before is not None and before.end == subject.i:
            return before
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "from"):
            for owner in prep.children:
                if owner.dep_ == "pobj" and (found := _address_at(owner)) is not None:
                    return found
    return None


def _address_at(token: Token) -> Span | None:
    """The two words "No 10" (in any of its forms) of which ``token`` is one, when the
    number word is capitalised; else None."""
    doc = token.doc
    if token.lower_ in HOUSE_NUMBERS:
        start = token.i - 1
    elif token.lower_ in NUMBER_WORDS:
        start = token.i
    else:
        return None
    if start < 0 or start + 1 >= len(doc):
        return None
    first, number = doc[start], doc[start + 1]
    if first.lower_ not in NUMBER_WORDS or number.lower_ not in HOUSE_NUMBERS:
        return None
    if not first.text[:1].isupper():
        return None  # "number 10 on the list": a rank, not the house
    return doc[start : start + 2]
