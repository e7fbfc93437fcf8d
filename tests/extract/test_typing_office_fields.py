"""Entity typing of a name after a title's field: "head of drama Jo Ames" is a person."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_name_after_a_title_and_its_field_is_a_person(nlp: Language) -> None:
    """ "head of drama Olga Penn": "drama" is the field of her office, not a work's noun."""
    kinds = entity_kinds(
        nlp,
        "The streaming drama is to return for a second series, Streamly has confirmed. "
        "Streamly's head of drama Olga Penn said it was the service's most-watched original "
        "series.",
    )
    assert kinds.get("Olga Penn") == "person"


def test_a_work_after_its_noun_stays_a_work(nlp: Language) -> None:
    """ "the drama Moon Harbour" keeps its work's noun: no title and "of" before it."""
    kinds = entity_kinds(
        nlp,
        "The drama Moon Harbour returns next month. Critics said Moon Harbour was the best "
        "show of the year.",
    )
    assert kinds.get("Moon Harbour") != "person"
