"""A surname made like a verb's "-ing" form ("Tolling") is a person's when the parse says so."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_titled_speaker_with_an_ing_surname_is_a_person(nlp: Language) -> None:
    """ "Vicar Tamsyn Tolling said": a person's noun before the name and a verb of saying."""
    text = "Vicar Tamsyn Tolling said the chapel bells would ring again by Easter."
    kinds = person_labelled_kinds(nlp, text, ["Tamsyn Tolling"])
    assert kinds.get("Tamsyn Tolling") == "person"


def test_an_ing_surname_apposed_to_a_person_noun_is_a_person(nlp: Language) -> None:
    """ "Tamsyn Tolling, a parish vicar, told ...": the apposed noun names a person."""
    text = "Tamsyn Tolling, a parish vicar, told the council that the hall was too cold."
    kinds = person_labelled_kinds(nlp, text, ["Tamsyn Tolling"])
    assert kinds.get("Tamsyn Tolling") == "person"


def test_a_show_named_with_an_ing_form_stays_a_work(nlp: Language) -> None:
    """ "Keep Pelting" that no person's noun describes and that says nothing is still a show."""
    text = "Viewers of Keep Pelting were told the quiz would return in the autumn."
    kinds = person_labelled_kinds(nlp, text, ["Keep Pelting"])
    assert "Keep Pelting" not in kinds
