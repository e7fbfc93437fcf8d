"""Evidence that a name is an employer: "an analyst with Hale Brokers", "economist at Hale
Bank", "the head of Acme", "analysts at broker Hale Kirby", "Hale Kirby analyst Jo Ames". A
job held at, with or of a name makes the name a body."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.doc_words import POSSESSIVE_ENDINGS
from generator.extract.doc_words import lower_at as _lower
from generator.extract.doc_words import token_at as _token
from generator.extract.lexicon import Lexicon, cues
from generator.extract.mentions import ORG, Mention
from generator.extract.noun_votes import FIRM_TRADES


def employer_votes(mention: Mention, lex: Lexicon) -> None:
    """ "an analyst with Hale Brokers", "economist at Hale Bank", "the head of Acme": a job held
    at, with or of a name makes the name an employer; a place the tables know is left to the
    place votes ("president of France")."""
    span, doc = mention.span, mention.span.doc
    if mention.place is not None or _lower(doc, span.end) in POSSESSIVE_ENDINGS:
        return  # "a member of Jo Ames's chambers" works for the chambers
    if _desk_job_of_a_person(mention):
        mention.vote(ORG, 2.0)  # "Hale Kirby analyst Jo Ames": the analyst's firm
        return
    at = span.start - 1
    if _lower(doc, at) == "the":
        at -= 1  # "the head of the Acme group"
    elif _firm_noun(_token(doc, at)) and _lower(doc, at - 1) in ("at", "with"):
        at -= 1  # "analysts at broker Hale Kirby": a firm's trade, which a person plies too
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
#: The same jobs in the singular, which a firm's name, never a person's, modifies before
#: their holder's name: "Tarn Pike economist Jo Ames". Not "adviser", "aide" nor "lawyer",
#: which a person's name modifies ("Kelby aide Jo Ames" is Kelby's aide).
_DESK_JOB = frozenset({"analyst", "economist", "strategist"})


def _firm_noun(word: Token | None) -> bool:
    """Whether a lower-case noun names a kind of firm or a trade firms ply: "broker",
    "carmaker"."""
    if word is None or not word.is_lower or word.pos_ != "NOUN":
        return False
    return word.lower_ in cues().org_heads or word.lower_ in FIRM_TRADES


def _desk_job_of_a_person(mention: Mention) -> bool:
    """Whether the name modifies a desk job whose holder's name follows: "Tarn Pike (retail)
    analyst Jo Ames"."""
    root = mention.span.root
    job = root.head
    if root.dep_ not in ("compound", "nmod") or job.i < mention.span.end:
        return False
    if job.lower_ not in _DESK_JOB:
        return False
    between = mention.span.doc[mention.span.end : job.i]
    # The holder's name heads the job ("analyst" its compound) or is set beside it (appos).
    holders = [job.head] if job.dep_ == "compound" else []
    holders += [c for c in job.children if c.dep_ == "appos" and c.i > job.i]
    plain = all(t.is_lower and t.pos_ in ("ADJ", "NOUN") for t in between)
    return plain and any(h.pos_ == "PROPN" and h.ent_type_ == "PERSON" for h in holders)
