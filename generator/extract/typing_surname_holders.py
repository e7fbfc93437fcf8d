"""Evidence that a full name the model reads as a body or a place is a person's: the text
writes its surname alone as a person's. "... topped the charts for Kit Varne. Varne said he
wrote it": the model read "Kit Varne" as a town, and "Varne" alone as the man who speaks.
Only a name shaped as a person's (`personal_name_shape`: "Grace Road", "Varne Ltd" are not),
no place the tables or the gazetteer know nor one written as a site ("at Norport Vellgate"),
which nothing in the text calls a body, a place or a thing; whose surname alone the model
reads as a person's at least once, never after "the" ("the Daily Mail ... the Mail said"),
with a person's evidence and no other kind's, and ends no other full name of the text nor
opens one (a family's name, a firm named after its founder, or "Ward" beside "Ward Hollis", is
left alone). A describing word opening
the full name makes it a title's or a firm's ("Daily Mail"), but a common noun may be a given
name too ("Kit", "Rose").
"""

from __future__ import annotations

from collections import defaultdict

from generator.extract.given_name_votes import personal_name_shape
from generator.extract.lexicon import normalize
from generator.extract.mentions import ORG, PERSON, PLACE, WORK, Mention, by_writing
from generator.extract.nlp import adjectives

__all__ = ["surname_holder_votes"]

#: The model's labels that a person's full name gets by mistake.
_MISREAD = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
#: Kinds whose evidence on any writing of either name keeps the model's reading.
_OTHER_KINDS = (ORG, PLACE, WORK)
#: Weight of each writing's vote: a tie with the model's label, which evidence wins.
_WEIGHT = 1.0


def _articled(mention: Mention) -> bool:
    """Whether "the" stands before the name: "the Mail has told" is no one's surname."""
    start = mention.span.start
    return start > 0 and mention.span.doc[start - 1].lower_ == "the"


def _sited(mention: Mention) -> bool:
    """Whether "at" or "in" stands before the name, which owns nothing: "at Norport Vellgate"
    writes a site, whose last word may be someone's surname ("Lord Vellgate")."""
    span, doc = mention.span, mention.span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in ("at", "in"):
        return False
    return span.end >= len(doc) or doc[span.end].tag_ != "POS"


def _said_of(group: list[Mention], kinds: tuple[str, ...]) -> bool:
    return any(m.votes.get(kind, 0.0) > 0 for m in group for kind in kinds)


def surname_holder_votes(mentions: list[Mention]) -> None:
    """A person's vote on each writing of a full name the model misread whose surname alone
    the text calls a person (see the module's doc)."""
    groups = by_writing(mentions)
    full_names: dict[str, set[str]] = defaultdict(set)  # surname -> full names ending in it
    first_words: set[str] = set()  # "Ward" of "Ward Hollis": maybe no one's surname
    for key, group in groups.items():
        if len(group[0].span) > 1:
            full_names[group[0].span[-1].text].add(key)
            first_words.add(group[0].span[0].text)
    for group in groups.values():
        span = group[0].span
        if len(span) < 2 or len(full_names[span[-1].text]) != 1 or span[-1].text in first_words:
            continue
        surname = groups.get(normalize(span[-1].text))
        if not surname or any(m.fixed or len(m.span) != 1 for m in surname):
            continue
        if not _said_of(surname, (PERSON,)) or _said_of(surname, _OTHER_KINDS):
            continue
        if not any(m.span.label_ == "PERSON" for m in surname) or any(map(_articled, surname)):
            continue
        if span[0].lower_ in adjectives():
            continue  # "the Daily Mail ... the Mail said": a describing word opens a title
        if any(m.fixed or m.place is not None or not personal_name_shape(m.span) for m in group):
            continue
        if not any(m.span.label_ in _MISREAD for m in group) or _said_of(group, _OTHER_KINDS):
            continue
        if any(map(_sited, group)):
            continue
        for mention in group:
            mention.vote(PERSON, _WEIGHT)
