"""Evidence that a plural surname after "the" is a family, not a body: "the Orrels moved west"
beside "Dan Orrel".

News calls a couple or a family by the plural of its surname with "the" ("the Orrels' third
child", "the Vances caravanned west"). The model often reads it as a body. When a person of
the story, named in full, bears the surname, the plural is that family: no body and no one
person, so it votes for a thing and is not listed. Names the tables fix are left alone.
General words only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import words_of
from generator.extract.mentions import ORG, PERSON, WORK, Mention
from generator.extract.nlp import span_text


def _full_names_surnames(mentions: list[Mention]) -> set[str]:
    """The last words of the full names the model reads as people's: "Orrel" of "Dan Orrel"."""
    return {
        m.span[-1].text
        for m in mentions
        if m.span.label_ == "PERSON" and len(m.span) > 1 and m.span[-1].is_title
    }


def _plural_of(span: Span, surnames: set[str]) -> bool:
    """Whether a one-word name after "the" is the plural of one of ``surnames``: "the Orrels",
    "the Marshes"."""
    if len(span) != 1 or span.start == 0 or words_of(span.doc).lowers[span.start - 1] != "the":
        return False
    word = span_text(span)
    if not word.endswith("s") or not word[:1].isupper():
        return False
    return word[:-1] in surnames or (word.endswith("es") and word[:-2] in surnames)


def family_votes(mentions: list[Mention]) -> None:
    """Each writing of a family's plural surname votes for a thing in place of a body or a
    person (see the module's doc)."""
    surnames = _full_names_surnames(mentions)
    if not surnames:
        return
    for mention in mentions:
        if mention.fixed or not _plural_of(mention.span, surnames):
            continue
        mention.votes.pop(ORG, None)
        mention.votes.pop(PERSON, None)
        mention.vote(WORK, 3.0)
