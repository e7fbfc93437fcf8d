"""Two surnames joined by "and" that the model read as one name: "Ames and Vell criticised",
a headline's way of naming two people the story names in full ("Jo Ames", "Kim Vell"). Each
is that person's surname, not one body's or person's name; a firm named after two people
("Ames and Vell Ltd") is left whole unless both are people of the story by their full
names."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import full_name_surnames

#: Words that join two names into one span: "Ames and Vell", "Ames & Vell".
_JOINS = frozenset({"and", "&"})


def split_surname_pair(span: Span) -> list[Span] | None:
    """The two surnames of "Ames and Vell" as people's names, when the document writes a
    person's full name ending in each (two words or more, read as a person); else None."""
    if len(span) != 3 or span[1].lower_ not in _JOINS:
        return None
    first, second = span[0], span[2]
    if not (first.is_title and second.is_title and first.is_alpha and second.is_alpha):
        return None
    surnames = full_name_surnames(span.doc)
    if first.text not in surnames or second.text not in surnames:
        return None
    pieces = [span.doc[first.i : first.i + 1], span.doc[second.i : second.i + 1]]
    for piece in pieces:
        piece.label_ = "PERSON"
    return pieces
