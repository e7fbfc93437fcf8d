"""A surname the model read as a person after a first name it left out is no place.

The model sometimes cuts a person's first name off: in "lost to Whig Neil Preston" it reads
"Preston" alone as a person and "Neil" as nothing. The preposition before the name ("to",
"from") then reads like one before a town, and the gazetteer knows a town of that surname.
A common given name written just before the span, in no entity of its own, says the span
is the end of a person's name: the words around it vote for no place, the first name for a
person. So is a given name the model read as a place in a list with a person it read as
one ("named as Marta, Kelby and Jo"): friends are listed by their first names.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.referent_given_names import given_name_sex

__all__ = ["after_given_name", "listed_with_people"]


def after_given_name(span: Span) -> bool:
    """Whether the model's person span of one word follows a capitalised common given name
    that no entity holds: "Neil" before "Preston". A longer span is a name of its own that
    a given name opens ("the Anne Frank House", a museum)."""
    if span.label_ != "PERSON" or len(span) != 1 or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (
        not before.ent_type_
        and before.is_alpha
        and before.is_title
        and given_name_sex(before.text) is not None
    )


#: The model's labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def listed_with_people(span: Span) -> bool:
    """Whether the model's place span of one word, a common given name, is listed ("and",
    commas) with a word the model read as a person: "Marta, Kelby and Jo"."""
    if span.label_ not in _PLACE_LABELS or len(span) != 1:
        return False
    word = span[0]
    if given_name_sex(word.text) is None:
        return False
    return any(other.ent_type_ == "PERSON" for other in word.conjuncts)
