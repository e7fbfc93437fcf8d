"""A name that opens with the plural of a common noun is a show's or a thing's, not a
person's, unless the text says otherwise."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import person_labelled_kinds


def test_a_show_opening_with_a_plural_noun_is_no_person(nlp: Language) -> None:
    """ "brought the clock to Gardens Roadshow": a programme, not a person."""
    text = "The family brought the clock to Gardens Roadshow, where experts valued it."
    kinds = person_labelled_kinds(nlp, text, ["Gardens Roadshow"])
    assert kinds.get("Gardens Roadshow") != PERSON


def test_a_listed_given_name_that_is_a_plural_stays_a_person(nlp: Language) -> None:
    """ "Miles Tarrant": "Miles" is a given name the table knows."""
    text = "Only a few letters were sent to Miles Tarrant before the sale."
    assert person_labelled_kinds(nlp, text, ["Miles Tarrant"]).get("Miles Tarrant") == PERSON


def test_a_plural_opener_who_speaks_stays_a_person(nlp: Language) -> None:
    """ "Brooks Tarrant said": a verb of saying and a pronoun keep the person."""
    text = "Brooks Tarrant said he would play on Sunday. He is 27."
    assert person_labelled_kinds(nlp, text, ["Brooks Tarrant"]).get("Brooks Tarrant") == PERSON


def test_a_plural_of_people_opening_a_list_keeps_its_people(nlp: Language) -> None:
    """ "Firefighters Jo Ames and Al Vell were praised": a plural noun of doers, not a show."""
    text = "Firefighters Jo Ames and Al Vell were praised by the ward."
    kinds = person_labelled_kinds(nlp, text, ["Firefighters Jo Ames", "Al Vell"])
    assert kinds.get("Firefighters Jo Ames", kinds.get("Jo Ames")) == PERSON
