"""A common given name the model read alone as a place or a body, right before the rest of
the name: "Marisol" (a place) + "Yadira Ortez Luna", "Natalia" + "Brenske" (two places).

`person_joins.joined_people` joins the two spans into one person's name when this says so.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import lexicon
from generator.extract.mentions import place_named
from generator.extract.referent_given_names import given_name_sex

__all__ = ["misread_given_name"]


def misread_given_name(previous: Span, person: Span) -> bool:
    """Whether a common given name of one sex that the model read alone as a place or a body
    opens the full name of two words or more it read right after ("Marisol" of "Marisol
    Yadira Ortez Luna", a double given name), or the one-word name it read right after as
    anything ("Natalia" + "Brenske", both read as places: a surname no table knows). Not a
    word the tables or the gazetteer know as a place ("Georgia"): a place may stand before a
    name in a headline."""
    word = previous[0]
    return (
        (_full_person(person) or _misread_surname(person))
        and len(previous) == 1
        and previous.label_ in ("GPE", "LOC", "ORG", "NORP")
        and person.start == previous.end
        and word.tag_ == "NNP"
        and word.is_title
        and word.whitespace_ == " "
        and given_name_sex(word.text) is not None
        and place_named(word.text, lexicon()) is None
    )


def _full_person(person: Span) -> bool:
    """Whether the model read a name of two words or more as a person's."""
    return person.label_ == "PERSON" and len(person) > 1


#: Labels of a one-word surname the model read right after a misread given name.
_LONE_SURNAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP"})


def _misread_surname(ent: Span) -> bool:
    """Whether a one-word entity may be a surname the model misread: a capitalised proper
    noun of letters that names no place the tables or the gazetteer know, before no further
    capitalised word (a run of capitals is a title)."""
    if len(ent) != 1 or ent.label_ not in _LONE_SURNAME_LABELS:
        return False
    word, doc = ent[0], ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return (
        word.tag_ == "NNP"
        and word.is_title
        and word.is_alpha
        and len(word) > 1
        and not (after is not None and after.is_title)
        and place_named(word.text, lexicon()) is None
    )
