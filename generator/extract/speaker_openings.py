"""The named speaker of a verb of saying the parser gave no subject, where the name
opens the clause before the verb but the parse hung it elsewhere.

"Jo Ames of the campaign group Safe Streets, said:" (`opening_name`) and "In an
interview with Glow, Orlek, who married a dancer in 2020, said:" (`relative_named`):
the name set off before the verb, with only its own phrase or relative clause between,
is who says, whatever word the parser hung it or its clause on.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity
from generator.extract.quote_marks import Quote
from generator.extract.speech import in_any

__all__ = ["opening_name", "relative_named"]

#: Words that open a relative clause about a person set off after their name.
_RELATIVE_WORDS = frozenset(["who", "whose", "whom"])
#: Most tokens from a relative pronoun to the verb that the search reads back over.
_MAX_CLAUSE_TOKENS = 40


def opening_name(verb: Token, quote: Quote, owners: dict[int, Entity]) -> Token | None:
    """The person whose name opens the sentence of a subjectless verb, when only a
    phrase with no verb and a comma stand between ("Jo Ames of the campaign group
    Safe Streets, said:"). The parser hung the name anywhere but on the verb, even on
    the paragraph before when it ran that one into the sentence: a paragraph opens a
    sentence too."""
    at = verb.i
    while at > verb.sent.start and "\n\n" not in verb.doc[at - 1].text:
        at -= 1
    owner = owners.get(at)
    if owner is None or owner.kind != PERSON or verb.doc[verb.i - 1].text != ",":
        return None
    while at + 1 < verb.i and owners.get(at + 1) is owner:
        at += 1
    between = verb.doc[at + 1 : verb.i]
    if any(t.pos_ in ("VERB", "AUX") or in_any(t, quote) for t in between):
        return None
    return verb.doc[at]


def relative_named(verb: Token, quote: Quote, owners: dict[int, Entity]) -> Token | None:
    """The last word of a person's name set off before a subjectless verb by a relative
    clause about them that runs up to the verb's comma ("..., Orlek, who married a dancer
    in 2020, said:"): English closes such a clause with a comma and goes on with the
    verb whose subject the name is. Only within the verb's own paragraph, and only a
    relative pronoun that follows the name and a comma directly."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    for at in range(verb.i - 2, max(verb.sent.start, verb.i - _MAX_CLAUSE_TOKENS) + 1, -1):
        token = doc[at]
        if "\n\n" in token.text or in_any(token, quote) or token.text in (";", ":"):
            return None
        if token.lower_ not in _RELATIVE_WORDS:
            continue
        name = doc[at - 2]
        owner = owners.get(name.i)
        if doc[at - 1].text != "," or owner is None or owner.kind != PERSON:
            return None
        return None if in_any(name, quote) or _governed(name, owner) else name
    return None


def _governed(name: Token, owner: Entity) -> bool:
    """Whether a name's phrase follows a word that makes it an object or one of a pair
    ("the mother of Tom Dale, who ...", "met Tom Dale", "Ann Vell and Tom Dale"): the
    relative clause is then about someone other than the verb's subject."""
    start = name.i
    while start > 0 and (name.doc[start - 1].pos_ == "PROPN" or _owned(name.doc[start - 1], owner)):
        start -= 1
    before = name.doc[start - 1] if start > 0 else None
    return before is not None and (
        before.pos_ in ("ADP", "VERB", "AUX", "CCONJ") or before.dep_ == "case"
    )


def _owned(token: Token, owner: Entity) -> bool:
    return any(m.span.start <= token.i < m.span.end for m in owner.mentions)
