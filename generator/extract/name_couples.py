"""Two or three people who share one surname, written once after the last given name:
"Harlan and Greta Voss", "Orla, Fen and Tam Rusk".

News names a couple, siblings or a parent and child this way. The model reads the full
name at the end ("Greta Voss") and leaves the lone given names before it as nothing, a
person of one word, or makes the full name a body. Each lone given name is a person who
bears the surname: "Harlan Voss". `couple_people` gives every name of the list the label
of a person before the names are read; `couple_surnames` gives each lone name the surname.

A list counts only when it reads as people: every word is one capitalised word (the surname
may join two with a hyphen: "Greta Voss-Tarrant", or open on particles: "Olaf Van Brakel")
and no title ("Mr and Mrs Tarrow", "Dunmere and St Avel"), the lone names are given names
(the table of common given names, or the model reads the word as a person's; read as a body
or a place, only when it and the full name's given name are both in the table) or the full
name is a person's (the table, or the model's reading of it, or the model read the whole
list as one person, or as one title when the table knows the full name's given name), no
lone name is the surname of someone the story names in full ("Calloway and Greta Voss" after
"Jude Calloway") nor the given name of someone of another surname it names in full ("Ravi and
Colin Tarrant" beside "Ravi Kasper"), the surname is no word of a body ("Harwick and Dunmore
Group"), and no capitalised word stands right before or after the list ("Jude Calloway and
Hunter Maxen").
Two names without a shared surname ("Simon and Garfunkel") are never touched. A given name
that stands alone for someone the story never names in full ("Rufus and Ann Vell" of a
politician called by his first name) is beyond what the words show.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from generator.extract.body_and_names import FIRM_ENDS, JOINT_HEADS
from generator.extract.doc_words import full_name_surnames, kept_per_doc
from generator.extract.hyphens import closed_hyphen
from generator.extract.lexicon import cues, lexicon
from generator.extract.mentions import PERSON, Mention, place_named
from generator.extract.name_particles import surname_particles
from generator.extract.referent_given_names import given_name_sex

__all__ = [
    "and_positions",
    "body_word",
    "couple_people",
    "couple_surnames",
    "name_word",
    "surname_end",
]

#: Where `couple_lists` keeps a doc's lists in ``Doc.user_data``.
_KEY = "name_couples.lists"
#: "and" as a doc's LOWER column holds it (a string's hash is the same in every vocab).
_AND_ID = get_string_id("and")
#: Labels the model gives a lone given name or the full name by mistake, besides a person's.
_LONE_LABELS = frozenset({"", "PERSON"})
_FULL_LABELS = frozenset({"", "PERSON", "ORG"})
#: Labels the model gives a lone given name that only the table of given names undoes.
_MISREAD_LONE_LABELS = frozenset({"ORG", "GPE", "NORP"})
#: Most lone given names before the full name: "Orla, Fen and Tam Rusk".
_MOST_LONE = 2


#: Words of a title or a saint's name that open no given name: "Mr and Mrs Tarrow", "Dunmere
#: and St Avel" (a place), "Rolo and Miss Pell" (a dog and a person).
_TITLE_WORDS = frozenset({"st", "saint"})


def name_word(token: Token) -> bool:
    """A capitalised proper noun of one word that may be a given name or a surname."""
    lex = lexicon()
    lower = token.lower_
    return (
        token.is_title
        and token.is_alpha
        and len(token) > 1
        and token.tag_ == "NNP"
        and lower not in _TITLE_WORDS
        and lower not in lex.honorifics
        and lower not in lex.role_words
    )


def _whole_entity(doc: Doc, start: int, end: int, labels: frozenset[str]) -> str | None:
    """The model's label of the words ``start``..``end`` when they are one entity of it
    ("" when they are in none) and its label is one of ``labels``; None otherwise."""
    label = doc[start].ent_type_
    if label not in labels:
        return None
    if label == "":
        return "" if all(t.ent_type_ == "" for t in doc[start:end]) else None
    span = next((e for e in doc.ents if e.start <= start < e.end), None)
    if span is None or span.start != start or span.end != end:
        return None
    return label


def body_word(token: Token) -> bool:
    """Whether a word ends a body's name rather than a person's: "Group", "Trust"."""
    lower = token.lower_
    return lower in FIRM_ENDS or lower in JOINT_HEADS or lower in cues().org_heads


def surname_end(doc: Doc, start: int) -> int:
    """Where the surname that starts at ``start`` ends: after its last part joined by a
    closed hyphen ("Voss-Tarrant" is three tokens)."""
    end = start + 1
    while end + 1 < len(doc) and closed_hyphen(doc[end]) and name_word(doc[end + 1]):
        end += 2
    return end


def _list_at(doc: Doc, and_at: int) -> tuple[list[int], int, int] | None:
    """The lone given names' positions and the full name's start and end of a list whose
    "and" is at ``and_at``; None when the words there are no such list."""
    if and_at < 1 or and_at + 3 > len(doc) or doc[and_at].lower_ != "and":
        return None
    # A surname may open on particles: "Ned and Olaf Van Brakel", "Ines and Marta de Quellar".
    given = doc[and_at + 1]
    surname = doc[and_at + 2 + surname_particles(doc, and_at + 2)]
    end = surname_end(doc, surname.i)
    if not (name_word(given) and name_word(surname)) or body_word(doc[end - 1]):
        return None
    if end < len(doc) and (doc[end].is_title or doc[end].text == "&"):
        return None  # "Harlan and Greta Voss Trust", "Ann and Bob Vell Smith"
    lone = [and_at - 1]
    while len(lone) < _MOST_LONE and lone[0] >= 2 and doc[lone[0] - 1].text == ",":
        lone.insert(0, lone[0] - 2)
    while lone and lone[0] > 0 and doc[lone[0] - 1].is_title:
        lone.pop(0)  # "Ann Potter and ...": a surname, no lone given name
    if not lone or not all(name_word(doc[i]) for i in lone):
        return None
    surnames = full_name_surnames(doc)
    if any(doc[i].text in surnames or _given_name_of_another(doc, i, end) for i in lone):
        return None
    whole = _whole_entity(doc, lone[0], end, frozenset({"PERSON"}))
    if whole is not None:  # the model read the whole list as one person's name
        return lone, and_at + 1, end
    work = _whole_entity(doc, lone[0], end, frozenset({"WORK_OF_ART"}))
    if work is not None and given_name_sex(given.text) is not None:
        return lone, and_at + 1, end  # "Rowan and Helen Quarrie said", read as a title
    full_label = _whole_entity(doc, and_at + 1, end, _FULL_LABELS)
    labels = [_lone_label(doc, i, given) for i in lone]
    if full_label is None or any(label is None for label in labels):
        return None
    if full_label != "PERSON" and _placed_given(given):
        return None  # "Kelbyer and Paris Gazette": a body named for a city, no given name
    lone_given = all(
        given_name_sex(doc[i].text) or label for i, label in zip(lone, labels, strict=True)
    )
    full_person = full_label == "PERSON" or given_name_sex(given.text) is not None
    if not (lone_given or full_person) or (full_label == "ORG" and not lone_given):
        return None
    return lone, and_at + 1, end


def _given_name_of_another(doc: Doc, at: int, end: int) -> bool:
    """Whether the story names someone of another surname in full with the lone name at
    ``at`` as his given name ("Ravi Kasper" beside "Ravi and Colin Tarrant", the list's
    surname ending at ``end``): the lone name is that person, called by his given name, not
    a bearer of the list's surname."""
    word, surname = doc[at].text, doc[end - 1].text
    return any(
        e.label_ == "PERSON"
        and len(e) > 1
        and e[0].text == word
        and e[-1].text != surname
        and all(t.is_title and t.is_alpha for t in e)  # no "Ravi and Sue", no "Ravi."
        for e in doc.ents
    )


def _placed_given(given: Token) -> bool:
    """Whether the first word of the full name is a place's name the table of given names
    does not hold ("Paris", "Dallas"): with the full name not read as a person's, a place's
    name opens a body's or a work's ("Paris Gazette"), not a given name; a place that is a
    common given name too ("Florence", "Austin") is left to the rest of the list's tests."""
    return given_name_sex(given.text) is None and place_named(given.text, lexicon()) is not None


def _lone_label(doc: Doc, at: int, given: Token) -> str | None:
    """The model's label of the lone name at ``at`` when it may be a given name: none, a
    person's, or, when it and the full name's given name are both common given names of one
    sex and it names no place, a body's or a place's ("Callum" of "Callum and Angus Roe")."""
    label = _whole_entity(doc, at, at + 1, _LONE_LABELS)
    word = doc[at].text
    given_names = given_name_sex(word) is not None and given_name_sex(given.text) is not None
    if label is None and given_names and place_named(word, lexicon()) is None:
        label = _whole_entity(doc, at, at + 1, _MISREAD_LONE_LABELS)
    return label


def couple_lists(doc: Doc) -> list[tuple[list[int], int, int]]:
    """Every list of lone given names and one full name in ``doc``, in text order: the lone
    names' positions and the full name's start and end. Read once per doc."""
    return kept_per_doc(doc, _KEY, _read_couple_lists)


def and_positions(doc: Doc) -> list[int]:
    """The positions of "and" in ``doc``, found in the doc's array: reading every token is
    the cost of the finders of listed names."""
    found: list[int] = np.flatnonzero(doc.to_array(LOWER) == _AND_ID).tolist()
    return found


def _read_couple_lists(doc: Doc) -> list[tuple[list[int], int, int]]:
    return [found for at in and_positions(doc) if (found := _list_at(doc, at)) is not None]


def couple_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with every name of "A and B C" as a PERSON span, in place of whatever
    the model read there."""
    lists = couple_lists(doc)
    if not lists:
        return ents
    found = []
    for lone, full, end in lists:
        found += [Span(doc, i, i + 1, "PERSON") for i in lone]
        found.append(Span(doc, full, end, "PERSON"))
    kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
    return sorted([*kept, *found], key=lambda e: e.start)


def couple_surnames(mentions: list[Mention]) -> None:
    """ "Harlan and Greta Voss": the mention "Harlan" is "Harlan Voss" (in place)."""
    if not mentions:
        return
    doc = mentions[0].span.doc
    surname_of = {
        i: doc[full + 1 : end].text for lone, full, end in couple_lists(doc) for i in lone
    }
    if not surname_of:
        return
    for mention in mentions:
        span = mention.span
        surname = surname_of.get(span.start)
        if len(span) != 1 or mention.fixed or surname is None:
            continue
        mention.text = mention.key = f"{span.text} {surname}"
        mention.vote(PERSON, 1.0)
