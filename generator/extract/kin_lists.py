"""Kin listed with one surname after the last: "his sisters Dana and Mairead Quill".

The plural noun of kinship says that both names are people, and the surname written
once after the second is the family's: the first is "Dana Quill". The model reads the
lone first name as anything ("Dana" a body, a work's title, a place) and often the full
name after "and" as a body too. `kin_listed_people` gives both the label of a person
before the names are read; `kin_listed_surnames` gives the first name the surname.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.family_names import KIN_NOUNS
from generator.extract.mentions import PERSON, Mention
from generator.extract.name_particles import surname_particles
from generator.extract.sentence_openers import opens_sentence

#: Kinship that holds both ways: sisters are each other's sister, sons no one's son.
_EACH_OTHERS = frozenset({"sister", "brother", "twin", "sibling", "cousin"})


def _kin_plural(token: Token) -> bool:
    """A plural noun of kinship, in lower case or capitalised to open a sentence: "sisters",
    "twins", "Sons"."""
    lower = token.lower_
    written = token.is_lower or (token.is_title and opens_sentence(token))
    return written and lower.endswith("s") and lower[:-1] in KIN_NOUNS


def _name_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and len(token) > 1


def _list_end(doc: Doc, first: int) -> int | None:
    """Where "A and B C" that stands at ``first`` after a plural noun of kinship ends: one
    name, "and", then a given name and a surname, maybe opened by particles ("Rob Van
    Tassel", "Lucia de Souza"), with no further capitalised word after them; None when no
    such list stands there."""
    if not (
        first > 0
        and first + 4 <= len(doc)
        and _kin_plural(doc[first - 1])
        and _name_word(doc[first])
        and doc[first + 1].lower_ == "and"
        and _name_word(doc[first + 2])
    ):
        return None
    last = first + 3 + surname_particles(doc, first + 3)
    if last >= len(doc) or not _name_word(doc[last]):
        return None
    after = last + 1
    return after if after == len(doc) or not _name_word(doc[after]) else None


def kin_listed_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with "A" and "B C" of "sisters A and B C" as two PERSON spans, in place
    of whatever the model read there."""
    found = []
    for token in tokens_of(doc)[:-4]:
        if not _kin_plural(token):
            continue
        first = token.i + 1
        end = _list_end(doc, first)
        if end is not None:
            found += [Span(doc, first, first + 1, "PERSON"), Span(doc, first + 2, end, "PERSON")]
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
    return sorted([*kept, *found], key=lambda e: e.start)


def kin_listed_surnames(mentions: list[Mention]) -> None:
    """ "sisters Dana and Mairead Quill": the mention "Dana" is "Dana Quill", and both are
    people by the noun of kinship (in place)."""
    at = {m.span.start: m for m in mentions}
    for mention in mentions:
        span = mention.span
        if len(span) != 1 or mention.fixed:
            continue
        end = _list_end(span.doc, span.start)
        second = at.get(span.start + 2)
        if end is None or second is None or second.span.end != end or second.fixed:
            continue
        surname = span.doc[span.start + 3 : end].text
        mention.text = mention.key = f"{span.text} {surname}"
        mention.vote(PERSON, 3.0)
        second.vote(PERSON, 3.0)


def kin_listed_title(span: Span) -> str | None:
    """ "sister of Mairead Quill" for "Dana" of "Sisters Dana and Mairead Quill": the plural
    noun of kinship before the pair is each one's role, whatever the parser tied the noun to
    (at a sentence's start it reads "Sisters" as a word of the first name). A kinship both
    share says what each is to the other; one with a named owner says whose they are
    ("Ann Roe's sister" of "Ann Roe's sisters Dana and ..."); others stand alone ("son")."""
    doc = span.doc
    # One word is the list's first name; more are its second, ending where the list ends.
    first = span.start if len(span) == 1 else span.start - 2
    end = _list_end(doc, first)
    if end is None or (len(span) > 1 and end != span.end):
        return None
    noun = doc[first - 1]
    title = noun.lower_[:-1]
    if noun.i < 2 or doc[noun.i - 1].tag_ != "POS" or doc[noun.i - 2].pos_ != "PROPN":
        if title not in _EACH_OTHERS:
            return title  # "sons Tom and Will Barr" are no sons of each other
        second = doc[first + 2 : end].text
        other = second if len(span) == 1 else f"{doc[first].text} {doc[first + 3 : end].text}"
        return f"{title} of {other}"
    owner = doc[noun.i - 2]
    start = owner.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_iob_ != "O":
        start -= 1
    return f"{doc[start : owner.i + 1].text}'s {title}"
