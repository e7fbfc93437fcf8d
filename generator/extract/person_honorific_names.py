"""A person's name after a courtesy title that the model read in two: "Hojatoleslam Karim"
as a body, then "Mahdavi Tabrizi" as nothing or "Tabrizi" as a person.

A courtesy title ("Sheikh", "Hojatoleslam", "Dr") says that the proper nouns after it are
someone's name; the model, reading the title as a body's first word, stops the span early.
The name's words after the span, in no entity or in a person's, belong to it; the title
is dropped later (`titled_people`), as it is from any titled name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import lexicon
from generator.extract.person_bracket_nicknames import name_word
from generator.extract.span_ranges import replaced_by

#: Most words of a name the model may leave after the span it read.
_MISSED_WORDS = 2


def _opens_with_honorific(ent: Span) -> bool:
    """A span not read as a person's of a courtesy title and proper nouns only."""
    return (
        ent.label_ != "PERSON"
        and len(ent) > 1
        and ent[0].is_title
        and ent[0].lower_ in lexicon().honorifics
        and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent[1:])
    )


def _name_word(token: Token) -> bool:
    """A name's word (`name_word`) after a space, in no entity or in a person's, and no stop
    word."""
    return bool(
        name_word(token)
        and token.ent_type_ in ("", "PERSON")
        and not token.is_stop
        and token.i > 0
        and token.doc[token.i - 1].whitespace_
    )


def _name_end(ent: Span) -> int:
    """Where the name a title opens ends past ``ent``, or ``ent.end`` if nothing of it is
    left: a run of capitals that goes on is a heading, and a person's span that goes on
    past the words is another name."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < _MISSED_WORDS and _name_word(doc[end]):
        end += 1
    if end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        return ent.end
    if end < len(doc) and doc[end].ent_iob_ == "I":
        return ent.end
    return end


def honorific_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each name a courtesy title opens as one PERSON span, where the model
    read the title and the first names as another kind and left the rest apart."""
    people = []
    for ent in ents:
        if not _opens_with_honorific(ent):
            continue
        end = _name_end(ent)
        if end > ent.end:
            people.append(Span(doc, ent.start, end, label="PERSON"))
    return replaced_by(ents, people)
