"""Evidence that a name is an employer: "an analyst with Hale Brokers", "economist at Hale
Bank", "the head of Acme". A job held at, with or of a name makes the name a body."""

from __future__ import annotations

from generator.extract.doc_words import POSSESSIVE_ENDINGS
from generator.extract.doc_words import lower_at as _lower
from generator.extract.doc_words import token_at as _token
from generator.extract.lexicon import Lexicon
from generator.extract.mentions import ORG, Mention


def employer_votes(mention: Mention, lex: Lexicon) -> None:
    """ "an analyst with Hale Brokers", "economist at Hale Bank", "the head of Acme": a job held
    at, with or of a name makes the name an employer; a place the tables know is left to the
    place votes ("president of France")."""
    span, doc = mention.span, mention.span.doc
    if mention.place is not None or _lower(doc, span.end) in POSSESSIVE_ENDINGS:
        return  # "a member of Jo Ames's chambers" works for the chambers
    at = span.start - 1
    if _lower(doc, at) == "the":
        at -= 1  # "the head of the Acme group"
    if _lower(doc, at) not in ("at", "with", "of"):
        return
    job = _token(doc, at - 1)
    if job is not None and job.ent_type_ == "PERSON" and _lower(doc, at) == "of":
        mention.vote(ORG, 1.5)  # "Jo Ames of Silver Tin": a person's band, firm or party
        return
    if job is None or job.pos_ != "NOUN":
        return
    # "analysts at Dorran Pike": a plural job's "at" or "with" too (not "rivals of Jo Ames"),
    # against the model's person ("workers at the Tarn Theatre" may be its guests) or any
    # label for desk jobs, which are at firms ("economists at Tarn Pike").
    person = span.label_ == "PERSON" or job.lower_ in _DESK_JOBS
    plural = job.tag_ == "NNS" and _lower(doc, at) != "of" and person
    plural = plural and job.lower_[:-1] in lex.role_words
    if (job.lower_ in lex.role_words or plural) and job.lower_ not in _NOT_EMPLOYEES:
        mention.vote(ORG, 2.0)


#: Role nouns whose "of" names a person, a work or a realm: "the successor of Jo Ames",
#: "the host of Quiz Night", "the king of Narnia".
_NOT_EMPLOYEES = frozenset(
    {"colleague", "counterpart", "predecessor", "successor", "champion", "host", "producer"}
    | {"maker", "crown", "shadow", "owner", "player", "king", "queen", "prince", "princess"}
    | {"emir", "sultan", "monarch", "pope", "dictator", "author", "writer", "singer"}
)


#: Desk jobs, held at firms: "economists at Tarn Pike" is a firm whatever the model read.
_DESK_JOBS = frozenset({"analysts", "economists", "strategists", "brokers", "bankers"})
