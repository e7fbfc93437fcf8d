"""A speaker that an indefinite description brings in and the story names just after.

News may open with a description and give the name a paragraph or two on: "A senior
surgeon has warned that the wards are 'running on empty'. / The trust cut two theatres
in May. / Consultant surgeon Ann Roke told the Ledger ..." The article "a" says the
description is someone not met before; when the next few paragraphs bring in exactly one
new person whose role holds the description's noun, that person is the one who spoke.
Nouns that news leaves unnamed ("a source", "a spokesman": `unnamed_roles`) name no one.
A definite description before the story has named anyone ('"...," the senator said' in
the lede) has no one to refer back to: it too is the person named just after. A role may
state the noun in other words ("the congressman": "Rep.", `referent_role_synonyms`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from generator.extract.definite_nouns import indefinite
from generator.extract.entities import PERSON, Entity
from generator.extract.referent_role_synonyms import names_role
from generator.extract.role_phrases import person_noun
from generator.extract.speech import words

__all__ = ["introduced_later"]

#: Paragraphs after the quote's own in which the description's person may be named.
MAX_PARAGRAPHS_ON = 2
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def introduced_later(
    subject: Token, quote_end: int, text: str, entities: list[Entity]
) -> Entity | None:
    """The one person first named within MAX_PARAGRAPHS_ON paragraphs after the quote whose
    role holds the noun of an indefinite subject ("a leading surgeon"), or of a definite one
    before any person is named (`_first_person`), or None."""
    if not indefinite(subject) and not _first_person(subject, entities):
        return None
    if subject.tag_ != "NN" or subject.lower_ in words().unnamed_roles:
        return None
    if not person_noun(subject.lower_):
        return None
    start = max(quote_end, subject.idx)
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, start)]
    stop = breaks[MAX_PARAGRAPHS_ON] if len(breaks) > MAX_PARAGRAPHS_ON else len(text)
    noun = re.compile(rf"\b{re.escape(subject.lower_)}\b")
    fitting = [
        e
        for e in entities
        if e.kind == PERSON
        and subject.idx < e.first < stop
        and e.role is not None
        and (noun.search(e.role.lower()) or names_role(subject.lower_, e.role))
    ]
    return fitting[0] if len(fitting) == 1 else None


def _first_person(subject: Token, entities: list[Entity]) -> bool:
    """Whether a definite subject ("the senator said") comes before any person the story
    names: with no one met before to refer back to, the writer names them later."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    return not any(e.kind == PERSON and e.first < subject.idx for e in entities)
