"""Evidence that a name is a person's: "Acme has appointed Ann Vell as creative director".

A verb that gives a post ("appoint", "name", "hire", "promote", "elect") whose object, or
passive subject, has an "as" phrase naming a job makes that object the job's holder, who is
a person, whatever the model read ("Ann Vell" as a body). Only jobs that people alone hold
count: a firm is appointed "as adviser", "as broker" or "as its lawyers" too.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import Lexicon, cues
from generator.extract.mentions import PERSON, Mention
from generator.extract.quote_lemmas import verb_forms

__all__ = ["appointment_votes"]

#: Verbs (and their nouns) that give someone a post named by an "as" phrase.
_GIVING_POSTS = verb_forms(
    ("appoint", "name", "hire", "promote", "elect", "install", "recruit", "poach", "confirm")
) | {"appointment", "election", "promotion"}
#: Jobs that firms are given as well as people: "appointed Tarn Hollis as its adviser".
_FIRMS_TOO = frozenset(
    {"adviser", "advisor", "counsel", "lawyer", "attorney", "representative", "official"}
    | {"expert", "investigator", "researcher", "sponsor", "partner", "supplier", "auditor"}
)
#: Jobs that some firms' names are written after ("fund manager Hale Capital") but that a
#: firm is never appointed as: "named Ann Vell as chief executive", "as editor".
_PEOPLE_ONLY_POSTS = frozenset({"executive", "editor", "boss", "chief", "head", "leader"})


def appointment_votes(mention: Mention, lex: Lexicon) -> None:
    """A person's vote for the name a post is given to: "appointed Ann Vell as director", "Ann
    Vell was named as chief executive", "the appointment of Ann Vell as editor"."""
    root = mention.span.root
    giver = root.head
    if root.dep_ == "pobj" and giver.lower_ == "of":
        giver = giver.head  # "the appointment of Ann Vell as editor"
    elif root.dep_ not in ("dobj", "nsubjpass"):
        return
    if giver.lower_ not in _GIVING_POSTS or giver.i in range(root.left_edge.i, root.i + 1):
        return
    job = _job_as(giver)
    if job is None:
        return
    jobs = (lex.role_words - cues().shared_roles - _FIRMS_TOO) | _PEOPLE_ONLY_POSTS
    if job.is_lower and job.lower_ in jobs:
        mention.vote(PERSON, 3.0)


def _job_as(giver: Token) -> Token | None:
    """The noun of the "as" phrase hanging from a verb or noun of giving a post, or None."""
    for prep in giver.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None
