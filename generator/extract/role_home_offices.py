"""The place an office before a name is held for, written after the name: "Gov. Ed Poe of
Nebraska", "Mayor Jo Ames of Kelby", "Sen. Ann Kurt of Ohio". Editors write it with the
title ("Governor of Nebraska", "Senator from Ohio"), as `role_party_letters` writes a
party's letters; a title of any other office is left alone ("Pastor Jo Roe of Kelby" leads
no town)."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import tokens_of
from generator.extract.name_spans import entity_span

__all__ = ["with_home"]

#: Offices held for a place, by the last word of the title written in full, and the word
#: that ties the place to it: a governor or mayor "of" it, a lawmaker "from" it.
_HOME_OFFICES = {
    **dict.fromkeys(("governor", "mayor", "sheriff", "lieutenant-governor"), "of"),
    **dict.fromkeys(("senator", "representative", "congressman", "congresswoman"), "from"),
    **dict.fromkeys(("assemblyman", "assemblywoman", "delegate"), "from"),
}
#: Entity labels of a place an office is held for.
_PLACES = frozenset({"GPE"})


def with_home(title: str | None, span: Span) -> str | None:
    """The title with the place written after the name: "Governor of Nebraska" for
    "Governor" and "Ed Poe of Nebraska"; the title unchanged when it says a place already
    ("Senator from Kansas"), holds no such office, or no place follows."""
    if not title or " of " in f" {title} " or " from " in f" {title} ":
        return title
    tie = _HOME_OFFICES.get(title.split()[-1].lower())
    doc = span.doc
    at = span.end
    if tie is None or at + 1 >= len(doc):
        return title
    tokens = tokens_of(doc)
    of, first = tokens[at], tokens[at + 1]
    if of.lower_ != "of" or "\n" in of.whitespace_ or first.ent_type_ not in _PLACES:
        return title
    place = entity_span(first)
    if place.start != first.i:
        return title
    # "Governor Ed Poe of Nebraska's budget": the place owns a thing, it is no home
    if place.end < len(doc) and tokens[place.end].tag_ == "POS":
        return title
    return f"{title} {tie} {place.text}"
