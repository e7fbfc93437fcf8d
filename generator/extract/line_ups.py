"""People in lists: a line-up ("The side is: Rowe, Lark, Ames, Holt, Hale") and a person
the model read together with the words before a comma ("on Twitter, Ames said").

A sports story lists a side as lone surnames after a colon; the model reads some
of them as places or misses them ("Lark"), as nothing in a bare list says what
they are. When enough of the list are surnames of the story's people, all are.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.family_names import name_tokens
from generator.extract.lexicon import Lexicon
from generator.extract.mentions import ORG, PERSON, Mention, place_named
from generator.extract.nlp import common_nouns, text_of

#: Fewest names a line-up holds, and fewest of them already known as people's surnames.
_LINE_UP_NAMES = 5
_LINE_UP_KNOWN = 3


def line_up_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The side is: Rowe, Lark, Ames, Holt, Hale": every name of a list of lone capitalised
    words after a colon is a person when at least three of them are surnames of the story's
    people; the others ("Lark") are team-mates the model read as places or missed.
    """
    if ":" not in text_of(doc):
        return mentions
    colons = [t.i for t in tokens_of(doc) if t.text == ":"]
    owners: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind == PERSON and len(name_tokens(m.key)) > 1:
            owners[name_tokens(m.key)[-1]].add(m.key)
    at = {i: m for m in mentions for i in range(m.span.start, m.span.end)}
    replaced: set[int] = set()
    added = []
    for colon in colons:
        names = _listed_words(doc, colon + 1)
        keys = {i: owners.get("".join(name_tokens(doc[i].text)), set()) for i in names}
        if len(names) < _LINE_UP_NAMES or sum(bool(k) for k in keys.values()) < _LINE_UP_KNOWN:
            continue
        for i in names:
            mention = at.get(i)
            if mention is not None and (
                (mention.kind == PERSON and len(mention.span) == 1) or mention.fixed
            ):
                continue
            if mention is not None:
                replaced.add(id(mention))
            key = next(iter(keys[i])) if len(keys[i]) == 1 else doc[i].text
            added.append(Mention(doc[i : i + 1], PERSON, doc[i].text, key))
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted([*kept, *added], key=lambda m: m.span.start)


def _listed_words(doc: Doc, start: int) -> list[int]:
    """Indexes of the lone capitalised words of a list "A, B, C and D." from ``start``."""
    out = []
    i = start
    while i < len(doc) and _lone_name(doc[i]):
        out.append(i)
        following = doc[i + 1].lower_ if i + 1 < len(doc) else "."
        if following not in (",", "and"):
            break
        i += 2
    return out


def _lone_name(token: Token) -> bool:
    """A capitalised word of letters, apostrophes and hyphens: "Ames", "O'Neill"."""
    letters = token.text.replace("'", "").replace("\u2019", "").replace("-", "")
    return token.text[:1].isupper() and letters.isalpha()


#: Letters after a comma that end one person's name: "Jo Ames, Jr.".
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def last_of_listed(mentions: list[Mention]) -> list[Mention]:
    """A person read across a comma ("Twitter, Ames said", "Lark, Ames's partner") as the name
    after the last comma: a person's name holds no comma, and the words before it end a list
    or a clause the model ran into the name."""
    out = []
    for mention in mentions:
        span = mention.span
        commas = [t.i for t in span if t.text == ","]
        if mention.kind != PERSON or not commas or mention.fixed:
            out.append(mention)
            continue
        rest = span.doc[commas[-1] + 1 : span.end]
        if not rest or rest.text.rstrip(".").lower() in _GENERATIONS:
            out.append(mention)  # "Jo Ames, Jr." is one man
            continue
        if rest[0].text[:1].isupper():
            out.append(Mention(rest, PERSON, rest.text, rest.text))
    return out


def without_pairs(mentions: list[Mention]) -> list[Mention]:
    """ "Ames and Lark", "Jo and Kim" read as one organization: a body's name that is only
    names joined by "and", each of which the story gives elsewhere (a person's first name or
    surname, or another entity's whole name), is the two of them listed, and is dropped (they
    keep their own mentions). A body's own name joins words no one else is called by
    ("Marlow and Hale Freight"), or "&" ("Ames & Lark")."""
    person_words = {w for m in mentions if m.kind == PERSON for w in name_tokens(m.text)}
    names = {m.text for m in mentions}
    return [
        m
        for m in mentions
        if m.kind != ORG or m.fixed or not pair_of_names(m.span.text, names, person_words)
    ]


def pair_of_names(text: str, names: set[str], person_words: set[str]) -> bool:
    """Whether ``text`` is only names joined by "and", each one of ``names`` or one word of
    ``person_words`` (lower case)."""
    parts = re.split(r"\s+and\s+", text)
    return len(parts) > 1 and all(
        part in names or (" " not in part and part.lower() in person_words) for part in parts
    )


#: An age set off by commas, and the one to three capitalised words that end just before it:
#: "Tamsin Orrell, 34,".
_AGE = re.compile(r", \d{1,2},")
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z'\u2019]+){0,2}$")


def aged_people(doc: Doc, lex: Lexicon) -> list[Span]:
    """People the model left out of its entities, or read into a date ("Orrell, 34" as a
    date), that an age set off by commas marks: "Tamsin Orrell, 34, said", as person spans.
    Only proper nouns that are no English common noun ("Nurse, 34,"; a headline's "Girl,
    12,") and no place ("Fulham, 12,") the tables know; a name the model did read ("Jo
    Ames") keeps its span. The ages are sought first, so a story with none costs one pass."""
    text = text_of(doc)
    ages = [found.start() for found in _AGE.finditer(text)]
    if not ages:
        return []
    nouns = common_nouns()
    out = []
    for age in ages:
        found = _NAME_BEFORE.search(text, max(0, age - 60), age)
        span = doc.char_span(found.start(), age) if found is not None else None
        if span is None or any(t.ent_type_ not in ("", "DATE", "CARDINAL") for t in span):
            continue
        if any(t.pos_ != "PROPN" or t.lower_ in nouns for t in span if t.text != "-"):
            continue
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.is_title and not before.is_sent_start:
            continue  # the tail of a longer name: "the Old Mill Lane, 12,"
        if place_named(span.text, lex) is not None:
            continue
        span.label_ = "PERSON"
        out.append(span)
    return out
