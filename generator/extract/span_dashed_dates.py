"""A person's name the model ran a date or a number into across a spaced dash: "rescued in
March - Thomas Quillan and ..." read as the date "March - Thomas Quillan".

A dash set between spaces opens a list or an aside, and the small model carries the date or
the number before it on into the first name of the list; the name is then lost with the
date. After the dash, a run of two or three capitalised proper nouns that ends the entity
and is opened by a common given name of one sex (data/given_names.yaml) is a person's name;
the words before the dash stay the date they were read as.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.name_couples import name_word
from generator.extract.referent_given_names import given_name_sex
from generator.extract.span_ranges import replaced_by

__all__ = ["names_after_dated_dashes"]

#: Labels of the entities that are no name, which the model may run on into one.
_NUMBER_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})
#: Dashes that set a list or an aside apart when written between spaces.
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: Most words of a name after the dash.
_MOST_WORDS = 3


def _name_after_dash(ent: Span) -> Span | None:
    """The person's name that ends ``ent`` after a spaced dash, or None."""
    doc = ent.doc
    dashes = [t.i for t in ent[1:-1] if t.text in _DASHES and t.whitespace_]
    if not dashes or not doc[dashes[-1] - 1].whitespace_:
        return None
    start = dashes[-1] + 1
    name = doc[start : ent.end]
    if not 2 <= len(name) <= _MOST_WORDS or not all(name_word(t) for t in name):
        return None
    if given_name_sex(name[0].text) is None:
        return None
    return Span(doc, start, ent.end, "PERSON")


def names_after_dated_dashes(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each person's name a date or a number ran into across a dash as a
    PERSON span, and the words before the dash as the entity they were read as."""
    found: list[Span] = []
    for ent in ents:
        name = _name_after_dash(ent) if ent.label_ in _NUMBER_LABELS else None
        if name is not None:
            found += [Span(doc, ent.start, name.start - 1, ent.label_), name]
    return replaced_by(ents, found) if found else ents
