"""A body's noun right before a full name, and a firm's profit of a sum."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON
from tests.extract.conftest import person_labelled_kinds


def test_a_bank_that_speaks_again_and_again_stays_a_bank(nlp: Language) -> None:
    """ "Investment bank Garson Tate ... Garson Tate said" (three times): bodies speak too."""
    text = (
        "Investment bank Garson Tate said rates would rise. Garson Tate said inflation was "
        "low. Garson Tate said the pound would fall."
    )
    names = ["Garson Tate", "Garson Tate", "Garson Tate"]
    assert person_labelled_kinds(nlp, text, names).get("Garson Tate") == ORG


def test_a_boss_after_a_bank_stays_a_person(nlp: Language) -> None:
    """ "Bank boss Jo Ames said": the person's noun stands between."""
    text = "Bank boss Jo Ames said rates would rise. Jo Ames said inflation was low."
    assert person_labelled_kinds(nlp, text, ["Jo Ames", "Jo Ames"]).get("Jo Ames") == PERSON


def test_the_subject_of_a_clause_after_a_firm_stays_a_person(nlp: Language) -> None:
    """ "the firm Jo Ames founded grew": the name is the clause's subject, not the firm's."""
    text = "The firm Jo Ames founded grew fast. Jo Ames said she was proud of it."
    assert person_labelled_kinds(nlp, text, ["Jo Ames", "Jo Ames"]).get("Jo Ames") == PERSON


def test_a_profit_of_a_sum_is_a_firm_s(nlp: Language) -> None:
    """ "Garson Tate reported a pre-tax profit of £300m": a sum's "of" is still a profit."""
    text = "Garson Tate reported a pre-tax profit of £300m for the year to March."
    assert person_labelled_kinds(nlp, text, ["Garson Tate"]).get("Garson Tate") == ORG


def test_a_name_bought_for_a_sum_is_a_firm(nlp: Language) -> None:
    """ "agreed to buy Garson Tate for $2bn": people are not bought for a sum."""
    text = "Rival Tarvik agreed to buy Garson Tate for $2bn on Monday."
    labels = ["Garson Tate"]
    assert person_labelled_kinds(nlp, text, labels).get("Garson Tate") == ORG


def test_a_person_bought_a_drink_stays_a_person(nlp: Language) -> None:
    """ "bought Jo Ames a drink for £5": the person gets the thing bought."""
    text = "Tom Lee bought Jo Ames a drink for £5. Jo Ames thanked him."
    kinds = person_labelled_kinds(nlp, text, ["Tom Lee", "Jo Ames", "Jo Ames"])
    assert kinds.get("Jo Ames") == PERSON
