"""A name that is for sale is a firm's or a brand's, not a person's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import person_labelled_kinds


@pytest.mark.parametrize(
    "text",
    [
        "Tarvin Hale, the handbag maker, is up for sale.",
        "Tarvin Hale was put up for sale in May.",
        "The founders put Tarvin Hale up for sale last year.",
    ],
)
def test_a_name_for_sale_is_no_person(nlp: Language, text: str) -> None:
    """ "Tarvin Hale is up for sale": a person is not sold whole."""
    assert person_labelled_kinds(nlp, text, ["Tarvin Hale"]).get("Tarvin Hale") != PERSON


def test_a_person_who_puts_a_thing_up_for_sale_stays_a_person(nlp: Language) -> None:
    """ "Tarvin Hale put his house up for sale": the house is sold, not the man."""
    text = "Tarvin Hale put his house up for sale after he retired."
    assert person_labelled_kinds(nlp, text, ["Tarvin Hale"]).get("Tarvin Hale") == PERSON


def test_a_name_that_sold_copies_is_no_person(nlp: Language) -> None:
    """ "Ember Hollow has sold more than a million copies": a book or a record sells copies."""
    text = "Her memoir came out in May. Ember Hollow has sold more than a million copies."
    assert person_labelled_kinds(nlp, text, ["Ember Hollow"]).get("Ember Hollow") != PERSON


def test_a_seller_of_copies_of_a_work_stays_a_person(nlp: Language) -> None:
    """ "Tarn Velling sold 40,000 copies of his album": the copies are of the album."""
    text = "Tarn Velling sold 40,000 copies of his debut album within a week."
    assert person_labelled_kinds(nlp, text, ["Tarn Velling"]).get("Tarn Velling") == PERSON
