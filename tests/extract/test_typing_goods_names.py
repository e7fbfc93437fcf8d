"""A product set beside a noun of goods is no body, however the model read it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON
from tests.extract.conftest import labelled_kinds


def test_a_model_set_off_after_its_noun_is_no_body(nlp: Language) -> None:
    """ "a smaller model, the Pellow Mini,": the goods, not a second firm."""
    text = (
        "Kettle maker Ambrose Home said it would sell a smaller model, the Pellow Mini, from March."
    )
    kinds = labelled_kinds(nlp, text, [("Ambrose Home", "ORG"), ("Pellow Mini", "ORG")])
    assert kinds.get("Ambrose Home") == ORG
    assert "Pellow Mini" not in kinds


def test_a_name_set_off_before_a_noun_of_goods_is_no_body(nlp: Language) -> None:
    """ "the Zephra, a folding model,": the goods named, then described."""
    text = "Demand for the Zephra, a folding model sold online, has doubled since May."
    kinds = labelled_kinds(nlp, text, [("Zephra", "ORG")])
    assert "Zephra" not in kinds


def test_a_firms_goods_with_a_describing_word_are_no_body(nlp: Language) -> None:
    """ "its Corvo electric scooters": a describing word before the noun of goods."""
    text = "Ridewell has stopped selling its Corvo electric scooters after battery fires."
    kinds = labelled_kinds(nlp, text, [("Ridewell", "ORG"), ("Corvo", "ORG")])
    assert "Corvo" not in kinds


def test_a_person_set_off_beside_model_stays_a_person(nlp: Language) -> None:
    """ "the catwalk model, Kira Dellamont,": a model may be a person, whose given name shows."""
    text = "The show was opened by a catwalk model, Kira Dellamont, who said she had waited years."
    kinds = labelled_kinds(nlp, text, [("Kira Dellamont", "PERSON")])
    assert kinds.get("Kira Dellamont") == PERSON


def test_the_speaker_of_a_house_set_off_beside_his_name_is_a_person(nlp: Language) -> None:
    """ "The speaker of the assembly, Ivo Marsden,": a speaker is a person, not goods."""
    text = "The speaker of the regional assembly, Ivo Marsden, told us he would not resign."
    kinds = labelled_kinds(nlp, text, [("Ivo Marsden", "PERSON")])
    assert kinds.get("Ivo Marsden") == PERSON
