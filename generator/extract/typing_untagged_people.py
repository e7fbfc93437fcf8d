"""People the model never tags whose surname is a common noun: "Ann Baker said", "said Tom
Carpenter". A one-sex given name (data/given_names.yaml) and a capitalised word after it,
outside every entity and no part of a longer name, name a person when the pair is the
subject of a verb of saying or is set off with an age ("Ann Baker, 52,"): a body, a place
or a work does neither under a given name."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import Lexicon
from generator.extract.nlp import text_of
from generator.extract.referent_given_names import given_name_sex

__all__ = ["untagged_people"]

#: Two capitalised words, the second maybe double-barrelled: "Ann Baker", "Tom Carr-Mason".
_PAIR = re.compile(r"(?<![\w'’-])[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-])")
#: An age set off after a name: ", 52," or ", 52." (digits only; words may be a list).
_AGE = re.compile(r", \d{1,3}[,.]")


def untagged_people(doc: Doc, lex: Lexicon) -> list[Span]:
    """Given names and surnames outside the model's entities that say something or are given
    an age (see the module's doc), as person spans."""
    out: list[Span] = []
    text = text_of(doc)
    for found in _PAIR.finditer(text):
        if given_name_sex(found.group()) is None:
            continue
        span = doc.char_span(found.start(), found.end())
        if span is None or not _alone(span):
            continue
        aged = _AGE.match(text, found.end()) is not None
        if aged or _says(span[-1], lex):
            span.label_ = "PERSON"
            out.append(span)
    return out


def _alone(span: Span) -> bool:
    """Whether a span of two words lies outside every entity and runs into no other
    capitalised word, after no article: not "Ann Baker Hall", "the Rose Garden", nor
    "Greater Ann Baker" inside a sentence."""
    doc = span.doc
    if len(span) != 2 or any(t.ent_iob_ != "O" for t in span):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.text[:1].isupper() and after.is_alpha:
        return False
    if before is not None and (before.pos_ == "DET" or before.tag_ == "PRP$"):
        return False  # "the Rose Garden said": an article is no one's
    return before is None or span[0].is_sent_start or not before.text[:1].isupper()


def _says(surname: Token, lex: Lexicon) -> bool:
    """Whether the surname is the subject of a verb of saying: "Ann Baker said", "said Ann
    Baker", "Ann Baker told reporters"."""
    return surname.dep_ == "nsubj" and surname.head.lower_ in lex.reporting_verbs
