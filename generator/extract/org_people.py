"""Organizations that are people's names, or the titles around them: "Kelvin Ashdown" read
as a body, "Private" of "Private Tom Vell", "Times Mr" of "the Sunday Times Mr Vell said".

The model reads a person's full name as an organization's now and then, above all where
the text says little around it ("like Kelvin Ashdown and Dora Pike"). A plain name of two
or three words whose first is a common given name of one sex (data/given_names.yaml) is a
person's when nothing in the text calls it a body, a place or a work: a firm named after
its founder ("Abel Tarnley said it cut 90 jobs", "retailers such as Abel Tarnley") gets
such evidence. Its surname alone, read as a body with no evidence either, is that person.

A rank or an office written in full before a name ("Private", "Sergeant": the words the
title abbreviations of data/titles.yaml stand for) is a title, not a body, when it is the
whole of a one-word organization. A courtesy title ending a body's name ("Times Mr") was
run in from the person named after it: the body ends before it.
"""

from __future__ import annotations

from functools import cache

from generator.extract.lexicon import cues, lexicon, load_data, normalize
from generator.extract.mentions import (
    GROUP,
    ORG,
    PERSON,
    PLACE,
    WORK,
    Mention,
    organizations_by_key,
    surface,
)
from generator.extract.nlp import common_noun_plural
from generator.extract.referent_given_names import given_name_sex

#: Kinds whose evidence keeps a name from being a person's here.
_OTHER_KINDS = (ORG, PLACE, WORK, GROUP)
#: Most words of a plain full name: given name, a middle word, surname.
_MOST_WORDS = 3
#: Courtesy titles that open a person's name and end no body's ("Lady" and "Lord" may).
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


@cache
def _ranks() -> frozenset[str]:
    """One-word titles that abbreviations stand for: "private", "sergeant", "senator"."""
    full = load_data("titles.yaml")["abbreviations"].values()
    return frozenset(str(v).lower() for v in full if " " not in str(v))


def _plain_name(mention: Mention) -> bool:
    """Whether a mention is written as a person's full name: two or three capitalised words
    of letters (not all capitals, as a heading or a byline is), the first a one-sex given
    name, none a word that ends a body's name ("Group", "Academy") or a place's ("Camp"),
    and none after it a common noun's plural ("Chelsea Pensioners Hall": no surname)."""
    words = list(mention.span)
    if not 2 <= len(words) <= _MOST_WORDS or mention.text != surface(mention.span):
        return False
    lex, suffixes = lexicon(), cues().org_suffixes
    return (
        all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words)
        and given_name_sex(words[0].text) is not None
        and not any(t.lower_ in suffixes or t.lower_ in lex.role_words for t in words)
        and not any(t.lower_ in lex.place_nouns or common_noun_plural(t.lower_) for t in words[1:])
    )


def _unsupported(found: list[Mention]) -> bool:
    """Whether no mention of a name has evidence of a body, place, group or work, nor was
    decided by the tables or by what the text says outright."""
    return not any(
        m.fixed
        or m.named_body
        or m.named_thing
        or any(m.votes.get(k, 0.0) > 0 for k in _OTHER_KINDS)
        for m in found
    )


def _people_read_as_bodies(mentions: list[Mention]) -> None:
    """Full names of people read as bodies, and their surnames alone, made people."""
    names = organizations_by_key(mentions)
    surnames: set[str] = set()
    for found in names.values():
        if all(_plain_name(m) for m in found) and _unsupported(found):
            for mention in found:
                mention.kind = PERSON
            surnames.add(normalize(found[0].span[-1].text))
    for key, found in names.items():
        one_word = all(len(m.span) == 1 for m in found)
        if one_word and normalize(key) in surnames and _unsupported(found):
            for mention in found:
                mention.kind = PERSON


def _title_before_name(mention: Mention) -> bool:
    """ "Private" of "Private Tom Vell": a one-word body that is a rank, before a name."""
    span = mention.span
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        len(span) == 1
        and span[0].is_title
        and span[0].lower_ in _ranks()
        and after is not None
        and after.is_title
        and after.is_alpha
    )


def _without_run_in_title(mention: Mention) -> None:
    """ "Times Mr" of "told the Sunday Times Mr Vell": the body ends before the courtesy
    title that opens the next person's name."""
    span = mention.span
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    last = span[-1]
    if (
        len(span) < 2
        or last.lower_.rstrip(".") not in _COURTESY
        or after is None
        or not after.is_title
    ):
        return
    kept = doc[span.start : span.end - 1]
    if kept.text.endswith(("'s", "’s")) or not kept[-1].is_alpha:
        return
    mention.span = kept
    mention.text = mention.key = surface(kept)


def without_people_bodies(mentions: list[Mention]) -> list[Mention]:
    """The mentions with people's names read as bodies made people, the ranks read as
    bodies dropped, and bodies' names cut before a courtesy title run into them."""
    _people_read_as_bodies(mentions)
    out = []
    for mention in mentions:
        if mention.kind != ORG or mention.fixed:
            out.append(mention)
            continue
        if _title_before_name(mention):
            continue
        _without_run_in_title(mention)
        out.append(mention)
    return out
