"""Descriptions that rank someone among others, which say no role.

"Jo Ames is the first nurse to win it", "Ames was the only driver left", "Ames is a
better chief than I was", "Ames became the youngest mayor of the town": a copula whose
noun is ranked by an ordinal, a superlative or a comparative, or singled out by "only",
"same" or "other", tells how someone stands among others on one occasion, not the post
or trade an editor names them by; so does one graded by an adverb before its adjective
("an extremely able chief", "a relatively new nurse"), a judgement of them.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import lexicon
from generator.extract.role_nouns import names_someone
from generator.extract.role_tables import role_words

__all__ = ["ranked"]

#: Words that single a noun out among others of its kind.
_SINGLING = frozenset({"only", "same", "other", "sole"})
#: Tags of superlatives and comparatives ("youngest", "most senior", "better").
_DEGREE_TAGS = frozenset({"JJS", "RBS", "JJR", "RBR"})


def _ranks(word: Token) -> bool:
    """Whether a modifier ranks its noun: an ordinal, a degree, or a singling word; not
    one that opens a compound the parser hung from the noun ("higher" of "higher
    education minister")."""
    doc = word.doc
    compound = word.i + 1 < len(doc) and doc[word.i + 1].dep_ == "compound"
    return not compound and (
        word.ent_type_ == "ORDINAL"
        or word.tag_ in _DEGREE_TAGS
        or (word.lower_ in _SINGLING and word.dep_ in ("amod", "det"))
    )


def _graded(word: Token) -> bool:
    """Whether an adjective before a noun has an adverb of degree before it ("extremely
    able"), which grades the person rather than naming their post."""
    return word.pos_ == "ADJ" and any(
        c.dep_ == "advmod" and c.pos_ == "ADV" and c.i < word.i for c in word.children
    )


def _record(noun: Token, word: Token) -> bool:
    """Whether ``word`` is a superlative that the possessive of a place or body bounds,
    before a title or trade ("Britain's longest-serving police chief", "the county's oldest
    judge"): the record an editor names someone by, not how they stood on one occasion;
    not before a generic noun for a person ("the world's richest woman"), nor after a
    person's possessive ("his oldest friend")."""
    degree = word.tag_ in ("JJS", "RBS") or any(
        c.tag_ in ("JJS", "RBS") and c.i < word.i for c in word.children
    )
    owner = any(
        c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ != "PERSON" for c in noun.children
    )
    generic = noun.lower_ in role_words().generic
    return degree and owner and not generic and names_someone(noun, lexicon())


def ranked(noun: Token) -> bool:
    """Whether the noun a copula says someone is carries a ranking modifier before it
    ("the first female nurse", "the second-richest person", "the most senior aide"); one
    inside a compound ranks that word only ("higher" of "higher education minister")."""
    before = [t for t in noun.children if t.i < noun.i and t.dep_ != "compound"]
    return any(
        (_ranks(t) or _graded(t) or any(_ranks(c) for c in t.children if c.i < t.i))
        and not _record(noun, t)
        for t in before
    )
