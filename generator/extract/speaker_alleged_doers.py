"""Who goes on to speak in what a writing alleges: "The lawsuit alleges Quillby pushed
Farrow ‘...’ and told him: ‘...’".

The parser may join the "and told him" to the writing's verb ("alleges") instead of to
the clause the writing reports ("Quillby pushed Farrow"), which makes the lawsuit the one
who told him. A writing alleges, claims or states; it does not turn to someone and tell
them something in the middle of a clause it reports. So when the subject of that verb is
a writing and the joined verb follows a reported clause with a subject of its own, the
joined verb goes on with that clause: its subject is the one who speaks. A person who
says ("Ames said Quillby pushed him and told him") is left alone: Ames may have told.

A paper that reports a deed passes on its doer's words the same way: in "The Gazette
reported that Quillby was angered by the flags, saying: '...'" the participle hangs on
the reported clause, whose subject speaks; the paper reports, it does not go on saying.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quote_lemmas import lemma
from generator.extract.speech import SUBJECT_DEPS, words

__all__ = ["alleged_doer_clause", "reported_doer_says"]


def alleged_doer_clause(verb: Token) -> Token | None:
    """The clause a writing reports that an "and"-joined verb goes on from, when the parser
    joined that verb to the writing's own verb: "told" in "The lawsuit alleges Quillby
    pushed Farrow and told him: '...'" goes on from "pushed". None otherwise: the joined
    verb must have no subject of its own, and the reported clause must come between the
    writing's verb and it and have a subject of its own."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    writer = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if writer is None or writer.lower_ not in words().document_nouns:
        return None
    reported = [c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < verb.i]
    if len(reported) != 1 or not any(c.dep_ in SUBJECT_DEPS for c in reported[0].children):
        return None
    return reported[0]


def reported_doer_says(participle: Token, reporting: Token) -> bool:
    """Whether a "saying" participle goes on from a clause that a verb of reporting
    ("reported") passes on, the parser hanging it there: the clause's subject speaks, not
    the reporter. The clause must be the reporting verb's complement and have a subject
    of its own; "adding" goes on with the reporter's own words and is left alone."""
    clause = participle.head
    return (
        participle.lower_ == "saying"
        and participle.dep_ == "advcl"
        and lemma(reporting) == "report"
        and clause.dep_ == "ccomp"
        and clause.head.i == reporting.i
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    )
