"""The lower-case job words between an inverted verb of saying and the name after it.

"'...,' said coxswain Ann Lee." puts the speaker's job before her name, and the tagger
often takes a rare job noun for a verb ("coxswain" with "Lee" its object) or a compound;
the name still ends the clause, so the job words are skipped to reach it.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Most tokens of a job phrase between the verb and the name ("lifeboat second coxswain").
MAX_JOB_TOKENS = 4
#: Tags a job word may carry, the tagger's misreadings of a rare noun included.
JOB_TAGS = frozenset(["NOUN", "VERB", "ADJ", "PROPN"])


def past_job_words(verb: Token) -> int:
    """The index of the first token after the lower-case job words that follow ``verb``
    ("said skipper Jo Ames", "said groundsman-turned-pundit Jo Ames"); ``verb.i + 1``
    when none follow or the words are no job (a time, a preposition)."""
    doc = verb.doc
    at = verb.i + 1
    while at < len(doc) and at - verb.i <= MAX_JOB_TOKENS and _job_piece(doc[at]):
        at += 1
    if at == verb.i + 1 or at >= len(doc) or doc[at - 1].text == "-":
        return verb.i + 1
    after = doc[at]
    return at if after.pos_ == "PROPN" and after.text[:1].isupper() else verb.i + 1


def _job_piece(token: Token) -> bool:
    """A lower-case word of a job ("coxswain", "head") or the hyphen joining two."""
    if token.text == "-":
        return token.i > 0 and token.doc[token.i - 1].is_alpha
    return (
        token.is_alpha
        and token.is_lower
        and token.pos_ in JOB_TAGS
        and token.ent_type_ not in ("DATE", "TIME")
    )
