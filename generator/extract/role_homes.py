"""Where someone is from, set off after the name: "Jo Roe, 32, of Tarnby, said".

News copy names a member of the public with an age and a home ("Jo Roe, 32, of Tarnby,",
"Ed Poe, from Wessex,"): the home is all the text says of who they are, and tells one Jo
Roe from another. It is read only when commas set it off after the name (or its age) and
the model labelled it a place, with the region after it ("of Tarnby, Wessex,"); written
with no comma ("Lord Ames of Tarnby", "Senator Roe of Wessex") it is part of a style or
an office, which other readers take.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doc_words import tokens_of
from generator.extract.name_spans import entity_span
from generator.extract.role_phrases import write_role
from generator.extract.role_surface import after_marks

__all__ = ["home_set_off"]

#: Labels of a town, a region or a country.
_PLACES = frozenset({"GPE", "LOC"})
#: Marks that close a home set off after a name.
_CLOSES = frozenset({",", ".", ")", ";"})


def home_set_off(span: Span) -> str | None:
    """ "of Tarnby" in "Jo Roe, 32, of Tarnby, said", "from Tarnby, Wessex" in "Ed Poe,
    from Tarnby, Wessex, and ..."; None when no place closed by a mark follows."""
    doc = span.doc
    tokens = tokens_of(doc)
    at = after_marks(doc, span.end)
    if at >= len(doc) or tokens[at].text != ",":
        return None
    at += 1
    if at + 1 < len(doc) and tokens[at].text.isdigit() and tokens[at + 1].text == ",":
        at += 2  # the age set off before the home: "Jo Roe, 32, of Tarnby,"
    if at + 1 >= len(doc) or tokens[at].lower_ not in ("of", "from"):
        return None
    end = _place_end(doc, at + 1)
    if end is None:
        return None
    region = _place_end(doc, end + 1) if tokens[end].text == "," else None
    return write_role(list(doc[at : region or end]))


def _place_end(doc: Doc, start: int) -> int | None:
    """The end of a place's name that opens at ``start`` and that a closing mark follows."""
    if start >= len(doc) or doc[start].ent_iob_ != "B" or doc[start].ent_type_ not in _PLACES:
        return None
    end = entity_span(doc[start]).end
    return end if end < len(doc) and doc[end].text in _CLOSES else None
