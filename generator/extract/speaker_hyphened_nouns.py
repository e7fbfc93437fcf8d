"""A subject noun written with a hyphened "-to-be" that the parser read as a passive.

"'...,' the bride-to-be said", "The mother-to-be told the Mail:": the parser splits the
hyphened noun into words and reads "to be said" as a passive infinitive, so the noun
comes out as the passive subject ("nsubjpass") of "said", which reports nothing ("Lee
is said to ..."). Written with hyphens and no spaces, the words are one noun, and that
noun says the words.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["to_be_subject"]

#: The words of the hyphened tail after the noun, hyphens included.
_TAIL = ("-", "to", "-", "be")


def to_be_subject(verb: Token) -> Token | None:
    """The passive subject of ``verb`` when it is a noun that runs, with no space, into
    "-to-be" before the verb ("the bride-to-be said", "the bride-to-be, 29, said"), else None."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1:
        return None
    noun = subjects[0]
    doc = verb.doc
    end = noun.i + 1 + len(_TAIL)
    between = doc[end : verb.i]  # "the bride-to-be, 29, said"
    if end > verb.i or any(not (t.is_punct or t.like_num) for t in between):
        return None
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    tail = doc[noun.i + 1 : end]
    if tuple(t.lower_ for t in tail) != _TAIL:
        return None
    # One written word: no space from the noun to the tail's last letter.
    return noun if all(not t.whitespace_ for t in doc[noun.i : end - 1]) else None
