"""A body's name with "and" inside it, which the model cut at "and".

"the Selby and Marlow Hospital", "the Crown Prosecution and Tribunal Service": the model
reads only the words after "and" as the body ("Marlow Hospital", "Tribunal Service"), and
the words before it as a place or nothing. Those words open the body's name when they
are capitalised, in no body or person of the model's, and hold no body's head noun of
their own: "the Home Office and Border Force" are two bodies. A firm named for two people
("Harwick and Dunmore Group") opens with a word the model read as a person's name, and its
name without the ending ("Harwick and Dunmore") is the same firm elsewhere in the story.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.body_and_initials import spelt_across_and
from generator.extract.body_continent_names import with_continent_names
from generator.extract.body_military_units import UNIT_WORDS
from generator.extract.doc_words import full_name_surnames
from generator.extract.lexicon import lexicon
from generator.extract.mentions import place_named
from generator.extract.span_ranges import replaced_by

#: Head nouns of public bodies that take a country's name before them: "U.S. Navy",
#: "Selby Treasury Department", "Selby Academy of Arts". ("Union" is left out: "Soviet
#: Union" is a country.)
BODY_HEADS = frozenset(
    {"department", "ministry", "treasury", "navy", "army", "senate", "congress", "parliament"}
    | {"embassy", "consulate", "council", "fund", "agency", "commission", "committee"}
    | {"court", "office", "bureau", "authority", "cross", "guard", "corps", "police"}
    | {"force", "forces", "service", "administration", "institute", "party", "assembly"}
    | {"academy", "university", "college", "society", "association", "federation", "museum"}
)
#: Head nouns that end the name of one body whose first word stands before "and":
#: "Selby and Marlow Hospital", "Selby and Marlow Borough Council", "the Retail and Commercial
#: Workers Union" ("union" only here: "Soviet Union" takes a people's word, not an "and");
#: "the Selby Search and Rescue Team", "the Selby Arts and Crafts Guild", "the Selby and
#: Marlow Regiment", whose last words the model reads alone as the body; "the Selby and Marlow
#: Highlanders", a unit's name (`UNIT_WORDS`).
JOINT_HEADS = (
    BODY_HEADS
    | UNIT_WORDS
    | frozenset(
        {"hospital", "trust", "council", "board", "foundation", "association", "society"}
        | {"union", "team", "guild"}
    )
)
#: Head nouns of `JOINT_HEADS` that end no person's name (unlike "Court", "Cross", "Guard",
#: "Trust", which are surnames too): "Selby and Kelby Regiment", whose last words the model
#: may read as a person ("Kelby Regiment") that no vote then undoes.
_NO_SURNAME_HEADS = frozenset({"regiment", "hospital", "council", "ministry", "university"})
#: Words that end a firm's name, whose first words before "and" are often two surnames
#: the model reads as a person and a body: "Harwick and Dunmore Group", "Sable and Penn plc".
FIRM_ENDS = frozenset(
    {"group", "holdings", "holding", "plc", "ltd", "limited", "inc", "co", "corp", "llp", "llc"}
    | {"corporation", "company", "partners", "associates", "brothers", "sons", "industries"}
)
#: Words after which a capitalised word ends a longer name or a list: "the University of
#: Selby and Marlow Institute" are two bodies.
_NAME_LINKS = frozenset({"of", "for", ",", "and", "&", "'s", "’s"})


#: Most capitalised words of a body's name before its "and".
_MOST_WORDS_BEFORE = 3
#: Labels the model gives a body's first words read on their own: "Selby" a place,
#: "Scottish" a people's word.
_OPENING_LABELS = frozenset({"", "GPE", "LOC", "NORP", "FAC"})


def _opening_word(token: Token) -> bool:
    """A capitalised word that may open a body's name before its "and": in no body or
    person of the model's (but a place the model read alone as one, `_misread_place`), and
    no body's head noun ("Office" of "Home Office")."""
    return (
        token.is_title
        and token.is_alpha
        and (token.ent_type_ in _OPENING_LABELS or _misread_place(token))
        and token.lower_ not in JOINT_HEADS
        and token.whitespace_ == " "
    )


def _misread_place(token: Token) -> bool:
    """ "Tarnshire" of "Tarnshire and Kelby Police" that the model read alone as a person or
    a body: a place the tables know, a name of one word, and no person's surname elsewhere
    in the story ("Jo Ames", where Ames is also a town)."""
    if not _lone_entity_word(token, ("PERSON", "ORG")):
        return False
    if token.text in full_name_surnames(token.doc):
        return False
    return place_named(token.text, lexicon()) is not None


def _body_read_as_person(span: Span) -> bool:
    """Whether the model read a body's last words as a person's name: "Kelby Regiment" of
    "the Selby and Kelby Regiment", a capitalised name ending on a head noun that is no
    surname."""
    return span.label_ == "PERSON" and span[-1].is_title and span[-1].lower_ in _NO_SURNAME_HEADS


def _founder_before_and(token: Token) -> bool:
    """ "Harwick" of "Harwick and Dunmore Group" that the model read as a person: one word
    read alone as a person's name, capitalised, and no surname of a person of the story
    named in full elsewhere ("Jo Harwick")."""
    if not _lone_entity_word(token, ("PERSON",)) or not (token.is_title and token.is_alpha):
        return False
    return token.text not in full_name_surnames(token.doc)


def _lone_entity_word(token: Token, labels: tuple[str, ...]) -> bool:
    """Whether the model read ``token`` alone as an entity of one of ``labels``."""
    doc = token.doc
    if token.ent_type_ not in labels or token.ent_iob_ != "B":
        return False
    return not (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")


def with_first_word_before_and(spans: list[Span]) -> list[Span]:
    """A body's name that opens with "X and" or "X Y and": "the Selby and Marlow Hospital",
    "the Crown Prosecution and Tribunal Service", which the model cut to "Marlow Hospital"
    (and "Selby", a place). Only up to three capitalised words, each in no organization
    ("House and Senate" are two) or person and none a body's head noun ("the Home Office
    and Border Force" are two), after a word that neither links names nor is capitalised,
    and only a name of two words or more ending on a body's head noun: "Selby and Marlow"
    stay two places. Words before "and" that the model read as a body of their own join
    first when the story writes the whole name's initials (`spelt_across_and`)."""
    out: list[Span] = []
    for span in spelt_across_and(spans):
        doc, start = span.doc, span.start
        if (
            not (span.label_ == "ORG" or _body_read_as_person(span))
            or span.ent_id_
            or start < 2
            or len(span) < 2
            or span[-1].lower_ not in JOINT_HEADS | FIRM_ENDS
            or not span[0].is_title
            or doc[start - 1].lower_ != "and"
        ):
            out.append(span)
            continue
        first = start - 1
        while (
            first > 0 and start - 1 - first < _MOST_WORDS_BEFORE and _opening_word(doc[first - 1])
        ):
            first -= 1
        if (
            first == start - 1
            and start >= 3
            and _founder_before_and(doc[start - 2])
            and (span[-1].lower_ in FIRM_ENDS or doc[start - 3].lower_ == "the")
        ):
            # a firm named for two people: "Harwick and Dunmore Group"; a body named for two
            # places, the first read as a person, which no person's name follows "the" in:
            # "the Kelby and Tarnwood NHS Trust"
            first -= 1
        before = doc[first - 1] if first > 0 else None
        if (
            first == start - 1
            or (before is not None and before.is_title and before.lower_ != "the")
            or (before is not None and before.lower_ in _NAME_LINKS)
        ):
            out.append(span)
            continue
        while out and out[-1].start >= first and out[-1].end <= start - 1:
            out.pop()  # "Selby" read on its own as a place, "Scottish" as a people's word
        out.append(Span(doc, first, span.end, label="ORG"))
    return with_continent_names(_with_short_forms_of_firms(out))


def _with_short_forms_of_firms(spans: list[Span]) -> list[Span]:
    """ "Harwick and Dunmore" elsewhere in a story that names "Harwick and Dunmore Group":
    the firm without its ending, which the model splits at "and" as it did the full name.
    Only a run not followed by the firm's ending word nor by another capitalised word."""
    names = [s for s in spans if s.label_ == "ORG" and len(s) >= 4 and s[-1].lower_ in FIRM_ENDS]
    found: list[Span] = []
    for name in names:
        joined = [t for t in name[:-1] if t.lower_ == "and"]
        if len(joined) != 1:
            continue
        words = [t.text for t in name[:-1]]
        doc, width = name.doc, len(name) - 1
        for start in range(len(doc) - width + 1):
            end = start + width
            if (
                start == name.start
                or [t.text for t in doc[start:end]] != words
                or (end < len(doc) and (doc[end].is_title or doc[end].lower_ in FIRM_ENDS))
                or any(f.start < end and start < f.end for f in found)
            ):
                continue
            found.append(Span(doc, start, end, label="ORG"))
    return replaced_by(spans, found) if found else spans
