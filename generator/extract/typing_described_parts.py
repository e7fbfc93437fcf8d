"""Whether "play" brings in a part by what it is in the story: "plays Jo Ames, a ruthless
lawyer". A match report seldom sets off a rival so, so such a part's story may be told
anywhere in the text, not only in its own sentence (`character_votes`).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quote_lemmas import verb_forms

__all__ = ["described_part"]

#: "Play", whose object may be a part or a rival.
_PLAY = ("play",)


def described_part(verb: Token) -> bool:
    """Whether "play" has an object set off by a noun that says what it is, or hangs on or
    leads a "play" that has one: "plays Jo Ames, a ruthless lawyer, while Ann Vell plays Mab".
    """
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "conj"))]
    if verb.dep_ in ("advcl", "conj"):
        verbs.append(verb.head)
    return any(
        word.lower_ in verb_forms(_PLAY) and any(_set_off_by_a_noun(o) for o in _objects(word))
        for word in verbs
    )


def _objects(verb: Token) -> list[Token]:
    """The names a verb takes as its object."""
    return [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]


def _set_off_by_a_noun(name: Token) -> bool:
    """Whether a name is set off by a common noun with an article or an owner: "Jo Ames, a
    ruthless lawyer", "Mab, the queen", "Rook, the Doctor's companion"."""
    return any(
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and any(d.dep_ in ("det", "poss") for d in c.children)
        for c in name.children
    )
