"""Two people's full names joined by "and" that the model read as one name, or part of one:
"the poets Aled Brynmor and Cerys Tallow" read as the title "Brynmor and Cerys Tallow".

The model reads such a pair as a work's title, a body or one person, or cuts the first
given name off, and both people are lost or glued into one. Each side is two or three
capitalised proper nouns (`name_couples.name_word`; the surname may join two with a
hyphen), no body's word ends the second ("Kelby Rail and Harbour Trust"), and no
capitalised word stands before the first or after the second (a longer title). The model's
entity there must lie within the pair (or there is none), and something must say people:
both first words are common given names of one sex (data/given_names.yaml), or a noun for a
person in lower case stands just before the pair ("the poets", "actors"). The two names
then replace whatever the model read there, each as a person's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import lexicon
from generator.extract.name_couples import and_positions, body_word, name_word, surname_end
from generator.extract.person_apposed_names import names_a_person
from generator.extract.referent_given_names import given_name_sex
from generator.extract.span_ranges import replaced_by

__all__ = ["paired_people"]

#: Most words of one side's name: "Aled Rhys Brynmor".
_MOST_WORDS = 3
#: Labels of the one entity the model may have read across (or inside) the pair.
_GLUED_LABELS = frozenset({"WORK_OF_ART", "ORG", "PERSON"})


def _first_start(doc: Doc, and_at: int) -> int | None:
    """Where the name before "and" starts: two or three name words, with no capitalised
    word before them; None when the words there are no such name."""
    start = and_at
    while start > 0 and and_at - start < _MOST_WORDS and name_word(doc[start - 1]):
        start -= 1
    if and_at - start < 2 or (start > 0 and doc[start - 1].is_title):
        return None
    return start


def _second_end(doc: Doc, and_at: int) -> int | None:
    """Where the name after "and" ends: two or three name words (the last maybe joined to
    another by a hyphen), no body's word last and no capitalised word after; None
    otherwise."""
    end = and_at + 1
    while end < len(doc) and end - and_at - 1 < _MOST_WORDS and name_word(doc[end]):
        end += 1
    if end - and_at - 1 < 2:
        return None
    end = surname_end(doc, end - 1)
    if body_word(doc[end - 1]) or (end < len(doc) and doc[end].is_title):
        return None
    return end


def _glued(doc: Doc, start: int, end: int) -> bool:
    """Whether the model's entities over the pair are none, or one of a name's labels that
    lies within it and takes in the "and"."""
    labels = {t.ent_type_ for t in doc[start:end]} - {""}
    if not labels:
        return True
    ents = [e for e in doc.ents if e.start < end and start < e.end]
    return (
        len(ents) == 1
        and ents[0].label_ in _GLUED_LABELS
        and start <= ents[0].start
        and ents[0].end <= end
        and any(t.lower_ == "and" for t in ents[0])
    )


def _people_said(doc: Doc, start: int, first: Token, second: Token) -> bool:
    """Whether the words say people: two common given names, or a noun for a person in
    lower case just before the pair."""
    if given_name_sex(first.text) and given_name_sex(second.text):
        return True
    noun = doc[start - 1] if start > 0 else None
    return (
        noun is not None
        and noun.is_lower
        and noun.pos_ == "NOUN"
        and names_a_person(noun, lexicon())
    )


def _pair_at(doc: Doc, and_at: int) -> tuple[Span, Span] | None:
    """The two people's names around the "and" at ``and_at``, or None."""
    start = _first_start(doc, and_at)
    end = _second_end(doc, and_at) if start is not None else None
    if start is None or end is None or not _glued(doc, start, end):
        return None
    if not _people_said(doc, start, doc[start], doc[and_at + 1]):
        return None
    return Span(doc, start, and_at, "PERSON"), Span(doc, and_at + 1, end, "PERSON")


def paired_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with both names of each pair "A B and C D" the model read as one name
    (see the module's doc) as PERSON spans, in place of whatever it read there."""
    found = [
        span
        for at in and_positions(doc)
        if (pair := _pair_at(doc, at)) is not None
        for span in pair
    ]
    return replaced_by(ents, found) if found else ents
