"""A name written after its own "the" names a thing, not a person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PERSON
from tests.extract.conftest import entity_kinds, labelled_kinds


def test_a_given_name_after_its_own_article_is_no_person(nlp: Language) -> None:
    """ "The Beatrice Harlow given to ..." read as a body: a medal, not a person."""
    text = "The Beatrice Harlow given to Corporal Dennis Pryor fetched £90,000 at a sale."
    kinds = labelled_kinds(nlp, text, [("The Beatrice Harlow", "ORG"), ("Dennis Pryor", "PERSON")])
    assert kinds.get("Beatrice Harlow") != PERSON
    assert kinds.get("Dennis Pryor") == PERSON


def test_an_age_after_a_definite_name_is_not_the_names(nlp: Language) -> None:
    """ "the driver of the Lexor, a 52-year-old man,": the age is the driver's."""
    text = (
        "Police said a Lexor collided with a bus. The driver of the Lexor, "
        "a 52-year-old man, was taken to hospital."
    )
    assert entity_kinds(nlp, text).get("Lexor") != PERSON
