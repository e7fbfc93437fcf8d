"""The age a text gives beside a name, kept with the role.

News copy sets an age off after a name ("Dana Quill, 41, a mother-of-two,", "Ed Poe,
aged 9,", "Jo Ames, now 79,"); editors keep it with what the person is
("mother-of-two, 41"), as it tells one mother from another.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.doc_words import tokens_of
from generator.extract.entities import Entity

__all__ = ["aged", "stated_age"]

#: An age written before a noun: "32-year-old".
_YEARS_OLD = re.compile(r"\b(\d+)-year-old\b")
#: Ages above this are no person's.
MAX_AGE = 120
#: Words between the comma and the number: "aged 9", "now 79".
_AGE_LEADS = frozenset({"aged", "now"})
#: Most words read back from a name for an age written before it ("24-year-old former
#: nurse Jo Ames").
MAX_TITLE_WORDS = 8
#: What may follow an age set off after a name: its closing mark, a dash, the next item.
_AGE_ENDS = frozenset({",", ".", "-", "\u2013", "\u2014", ")", ";", ":", "and"})


def _age_after(span: Span) -> int | None:
    """The age set off right after a name (", 41," or ", aged 41,"), or after a description
    set off after it ("Tom Vane, a drug dealer, 27,"), or None; a number that a word follows
    ("Jo Ames, 41 times") is no age."""
    doc = span.doc
    tokens = tokens_of(doc)
    at = span.end
    if at >= len(doc) or tokens[at].text != ",":
        return None
    at = _past_items(doc, _past_description(span, at + 1))
    if at < len(doc) and tokens[at].lower_ in _AGE_LEADS:
        at += 1
    if at >= len(doc) or not tokens[at].text.isdigit() or not 0 < int(tokens[at].text) < MAX_AGE:
        return None
    end = at + 1
    if end < len(doc) and tokens[end].text not in _AGE_ENDS and not tokens[end].is_space:
        return None
    return int(tokens[at].text)


def _past_description(span: Span, at: int) -> int:
    """The token after the comma that closes an indefinite description set off after a name
    ("a violent drug dealer," of "Tom Vane, a violent drug dealer, 27,"), when the parse
    makes it the name's appositive; else ``at``, the token after the name's comma."""
    doc = span.doc
    if at >= len(doc) or doc[at].lower_ not in ("a", "an"):
        return at
    noun = doc[at].head
    if noun.dep_ != "appos" or not span.start <= noun.head.i < span.end:
        return at
    comma = next((t.i for t in doc[noun.i + 1 : noun.right_edge.i + 2] if t.text == ","), None)
    words = doc[at:comma] if comma is not None else doc[at:at]
    if comma is None or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in words):
        return at
    return comma + 1


#: Most words of the plain descriptions listed between a name and its age.
MAX_ITEM_WORDS = 8
#: Words of such a description: nouns and adjectives, articles, the marks of a list.
_ITEM_POS = frozenset({"NOUN", "ADJ", "DET", "CCONJ", "PUNCT"})


def _past_items(doc: Doc, at: int) -> int:
    """The token after plain descriptions listed between a name's comma and its age
    ("mother, wife," of "Amy Lee, mother, wife, 62,"), when a comma closes them; else
    ``at``. A name or a preposition in them ("wife of Ed Poe, 45") may own the age."""
    end = min(len(doc), at + MAX_ITEM_WORDS + 1)
    for index in range(at, end):
        token = doc[index]
        if token.text.isdigit():
            return index if index > at and doc[index - 1].text == "," else at
        if token.pos_ not in _ITEM_POS or token.text in ("(", ")", "-", ";", ":"):
            return at
        if token.pos_ == "PUNCT" and token.text != "," and token.tag_ != "HYPH":
            return at
    return at


def _age_before(span: Span) -> int | None:
    """The age written before a name, past any title, that the name holds: 24 of "her
    cousin, 24-year-old Jo Ames," or "24-year-old nurse Jo Ames"; or None."""
    doc = span.doc
    tokens = tokens_of(doc)
    for token in reversed(tokens[max(span.start - MAX_TITLE_WORDS, 0) : span.start]):
        if (
            token.lower_ == "old"
            and token.dep_ == "amod"
            and token.head.i in range(span.start, span.end)
        ):
            first = token.left_edge
            if first.like_num and first.text.isdigit() and 0 < int(first.text) < MAX_AGE:
                return int(first.text)
            return None
        if (token.is_punct and token.text != "-") or token.pos_ in ("VERB", "AUX", "ADP", "DET"):
            return None
    return None


def stated_age(entity: Entity) -> int | None:
    """The first age the text sets off after a mention of the person, or writes before
    one, or None."""
    for mention in sorted(entity.mentions, key=lambda m: m.span.start_char):
        age = _age_after(mention.span) or _age_before(mention.span)
        if age is not None:
            return age
    return None


def aged(role: str | None, age: int | None) -> str | None:
    """The role with the age after it ("mother-of-two, 41"); the role alone when there is
    no age or the role already says it ("32-year-old Irishman"); None without a role. A
    part of the role that gives another age ("former docker, 32-year-old Irishman" of
    "Wes Gibb, 79,") is someone else's and is left out."""
    if role is None or age is None:
        return role
    parts = [p for p in role.split(", ") if _age_in(p) in (None, age) and _of_age(p, age)]
    role = ", ".join(parts) or None
    if role is None or str(age) in role:
        return role
    return f"{role}, {age}"


#: Nouns of a time of life, with the ages they fit: "teenager" is no one of 84.
_LIFE_AGES = {
    "teenager": range(13, 20),
    "teen": range(13, 20),
    "schoolboy": range(4, 19),
    "schoolgirl": range(4, 19),
    "toddler": range(1, 5),
    "pensioner": range(55, MAX_AGE + 1),
}


def _of_age(part: str, age: int) -> bool:
    """Whether a part of a role fits the age: not "teenager" of "Jo Roe, 84," (a lede's
    teenager, the one named another), nor "pensioner" of a man of 30."""
    words = part.lower().replace("-", " ").split()
    return all(age in _LIFE_AGES.get(word, range(age, age + 1)) for word in words)


def _age_in(part: str) -> int | None:
    """The age a part of a role writes before its noun ("32-year-old Irishman"), or None."""
    found = _YEARS_OLD.search(part)
    return int(found[1]) if found else None
