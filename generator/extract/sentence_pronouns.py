"""Key points and a summary that open on "He"/"She" get the name of whom the pronoun means.

A point is read alone: a story thread shows one point of each briefing
(`sitemodel.stories`), and "He said the plant would close." leaves the reader asking
who. So every such line is named, even one right after a line about the same person
(news highlights would keep "He" there). When the pronoun is the subject the sentence
opens on, or the main verb's subject right after an opening clause and its comma ("In a
letter to staff, he said ..."; not when that clause has a pronoun of its own: "As he left,
he ..."), and the pronoun search that finds quote speakers
(`antecedents.Context.pronoun_referent`) reads it back to one person whom the record
lists, the pronoun is that person's name. As in news highlights, the name is written in
full the first time in the digest (summary first, then points in order) and by surname
after, when the story calls the person by it and no one else listed shares it. Whenever
the search finds no one, or the line names that person already, the line stays as
written: a wrong name is worse than a pronoun.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from generator.extract.antecedents import Context
from generator.extract.entities import Entity
from generator.extract.lexicon import lexicon
from generator.extract.quote_marks import Quote
from generator.extract.speech import SUBJECT_DEPS
from generator.extract.summary import POINT_LIMIT, Digest, fitted

__all__ = ["named_subjects"]

#: A line that opens on a pronoun subject of one person and goes on with a word.
_OPENING_PRONOUN = re.compile(r"^(He|She) (?=\w)")
#: Such a pronoun after an opening clause and its comma ("In a letter, he said ...").
_INNER_PRONOUN = re.compile(r", (he|she) (?=\w)")
#: Words of a person pronoun: an opening clause that holds one names someone itself.
_PERSON_PRONOUNS = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)


def named_subjects(
    digest: Digest, doc: Doc, quotes: list[Quote], entities: list[Entity], people: list[Entity]
) -> Digest:
    """The digest with each opening "He"/"She" of its summary and points replaced by the
    name of the one person of ``people`` (those the record lists) that the pronoun search
    reads it back to."""
    lines = [digest.summary, *digest.key_points]
    if not digest.sources or not any(_pronoun_at(line) is not None for line in lines):
        return digest
    context: Context | None = None  # built only for a digest that needs it
    listed = {id(person) for person in people}
    written: list[str] = []
    for line, sent in zip(lines, digest.sources, strict=True):
        at = _pronoun_at(line)
        pronoun = _subject_at(sent, line, at) if at is not None and sent is not None else None
        if pronoun is not None and at is not None:
            if context is None:
                context = Context(doc, quotes, entities, lexicon())
            person = context.pronoun_referent(pronoun)
            if person is not None and id(person) in listed and not _names(line, person):
                rest = line[at + len(pronoun.text) :]
                named = line[:at] + _called(person, written, people) + rest
                # A point must fit a record's limit; a summary is cut to fit (`fitted`).
                line = named if not written or len(named) <= POINT_LIMIT else line
        written.append(line)
    summary, *points = written
    return replace(digest, summary=fitted(summary), key_points=points)


def _pronoun_at(line: str) -> int | None:
    """Where the line's "he"/"she" that may be named starts: its first word, or the first
    word after the comma of an opening clause with no person pronoun of its own; None if
    there is neither."""
    if _OPENING_PRONOUN.match(line):
        return 0
    inner = _INNER_PRONOUN.search(line)
    if inner is None or _PERSON_PRONOUNS.search(line, 0, inner.start()):
        return None
    return inner.start(1)


def _subject_at(sent: Span, line: str, at: int) -> Token | None:
    """The pronoun at ``at`` in the line, as a subject in its sentence's parse: the line's
    first word (the sentence's, or the first after an opening clause the summary cut), or
    the subject of the main verb right after a comma."""
    said = line[at:]
    first = said.split(" ", 1)[0].lower()
    for token in sent:
        if token.lower_ != first or token.dep_ not in SUBJECT_DEPS:
            continue
        if at and (token.head != sent.root or sent.doc[token.i - 1].text != ","):
            continue  # after an opening clause, only the main verb's subject
        rest = sent.doc.text[token.idx : token.idx + len(said)].lower()
        return token if _same_start(rest, said.lower()) else None
    return None


def _same_start(text: str, line: str) -> bool:
    """Whether the text goes on with the line's first three words: the token is where the
    line starts, not a pronoun elsewhere in the sentence."""
    return text.split()[:3] == line.split()[:3]


def _names(line: str, person: Entity) -> bool:
    """Whether the line names the person already, by any form the text used."""
    return any(m.text in line for m in person.mentions) or person.name in line


def _called(person: Entity, written: list[str], people: list[Entity]) -> str:
    """The person's full name; the surname once an earlier line wrote the full name, if
    the story itself calls them by it (alone or after a title) and no other person listed
    bears it."""
    surname = person.name.split()[-1]
    if (
        surname != person.name
        and any(person.name in line for line in written)
        and any(_by_surname(m.text, person.name, surname) for m in person.mentions)
        and not any(p is not person and surname in p.name.split() for p in people)
    ):
        return surname
    return person.name


def _by_surname(form: str, name: str, surname: str) -> bool:
    """Whether a form the story writes calls the person by surname ("Thornbury", "Mr
    Thornbury"), not by the full name."""
    return form != name and form.split()[-1:] == [surname]
