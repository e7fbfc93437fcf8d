"""Key points and a summary that open on "He"/"She" ("It said") get the name it stands for.

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
written: a wrong name is worse than a pronoun. A line that opens on "It"/"They" with a verb
of saying ("It said the plant would close.") takes the name of the organization that the
search for a quote's speaker reads it back to; with any other verb the pronoun stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from generator.extract.antecedents import Context
from generator.extract.entities import ORG, Entity
from generator.extract.lexicon import lexicon
from generator.extract.quote_marks import Quote
from generator.extract.speech import SUBJECT_DEPS
from generator.extract.summary import POINT_LIMIT, Digest, fitted

__all__ = ["named_subjects"]

#: A line that opens on a pronoun subject of one person, or of a body, and goes on with a word.
_OPENING_PRONOUN = re.compile(r"^(He|She|It|They) (?=\w)")
#: Such a pronoun after an opening clause and its comma ("In a letter, he said ...").
_INNER_PRONOUN = re.compile(r", (he|she) (?=\w)")
#: Person pronouns: an opening clause that holds one speaks of people by pronoun itself ("As
#: he left, he ...", "After they moved, he kept bees and she painted"); a name reads oddly there.
_PERSON_PRONOUNS = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their)\b", re.IGNORECASE)


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
    written: list[str] = []
    for line, sent in zip(lines, digest.sources, strict=True):
        at = _pronoun_at(line)
        pronoun = _subject_at(sent, line, at) if at is not None and sent is not None else None
        if pronoun is not None and at is not None:
            if context is None:
                context = Context(doc, quotes, entities, lexicon())
            name = (
                _body_called(context, pronoun, line)
                if pronoun.lower_ in _BODY_PRONOUNS
                else _person_called(context, pronoun, line, written, people)
            )
            if name is not None:
                named = line[:at] + name + line[at + len(pronoun.text) :]
                # A point must fit a record's limit; a summary is cut to fit (`fitted`).
                line = named if not written or len(named) <= POINT_LIMIT else line
        written.append(line)
    summary, *points = written
    return replace(digest, summary=fitted(summary), key_points=points)


#: Pronouns that stand for a body in a line that opens on one ("It said", "They added").
_BODY_PRONOUNS = frozenset({"it", "they"})


def _person_called(
    context: Context, pronoun: Token, line: str, written: list[str], people: list[Entity]
) -> str | None:
    """What to call the one listed person the "he"/"she" means, or None (`_called`)."""
    person = context.pronoun_referent(pronoun)
    if person is None or not any(p is person for p in people) or _names(line, person):
        return None
    return _called(person, written, people)


def _body_called(context: Context, pronoun: Token, line: str) -> str | None:
    """The name of the organization an opening "It"/"They" stands for when it says
    something ("It said", "They added": the speaker search's reading, `it_antecedent` and
    `they_antecedent`), with "The" when the story writes it so; None for any other verb,
    or when the search finds no organization: "It was late" may mean anything."""
    if pronoun.head.lower_ not in lexicon().reporting_verbs:
        return None
    if pronoun.lower_ == "it":
        body = context.it_antecedent(pronoun)
    else:
        body = context.they_antecedent(pronoun)
    if body is None or body.kind != ORG or _names(line, body):
        return None
    return f"The {body.name}" if any(_after_the(m.span) for m in body.mentions) else body.name


def _after_the(name: Span) -> bool:
    """Whether the story writes "the" before the name as its own article ("the Hale Trust
    said"), not as that of a noun the name qualifies ("the Ledger report")."""
    before = name.doc[name.start - 1] if name.start else None
    return before is not None and before.lower_ == "the" and name.start <= before.head.i < name.end


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
