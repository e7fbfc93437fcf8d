"""A courtesy title that says a sex keeps a partial name off a full name of the other sex."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import entity_kinds


def test_mr_is_not_a_woman_who_shares_his_surname(nlp: Language) -> None:
    """ "Mr Vell" beside only "Ann Vell" is her husband, a person of his own."""
    text = (
        "Ann Vell said her late husband, Mr Vell, had founded the firm in Leeds. "
        "Mr Vell died in 1999."
    )
    kinds = entity_kinds(nlp, text)
    assert kinds.get("Ann Vell") == "person"
    assert kinds.get("Vell") == "person"


def test_mrs_still_joins_a_woman_of_the_surname(nlp: Language) -> None:
    """ "Mrs Vell" after "Ann Vell" is still Ann Vell."""
    kinds = entity_kinds(nlp, "Ann Vell opened the shop in Leeds. Mrs Vell said trade was good.")
    assert kinds.get("Ann Vell") == "person"
    assert "Vell" not in kinds


def test_a_given_name_of_either_sex_still_fits(nlp: Language) -> None:
    """ "Mr Vell" after "Sam Vell", whose given name says no sex, is Sam Vell."""
    kinds = entity_kinds(nlp, "Sam Vell opened the shop in Leeds. Mr Vell said trade was good.")
    assert kinds.get("Sam Vell") == "person"
    assert "Vell" not in kinds


def test_ms_prefers_the_woman_to_a_name_of_unknown_sex(nlp: Language) -> None:
    """ "Ms Vell" is Ann Vell, not Tarrin Vell of no known sex, even after "Mr Vell" was Tarrin."""
    text = (
        "Tarrin Vell filmed Ann Vell in the park in May.\n\n"
        "Ann Vell was later charged over the call she made that day.\n\n"
        "Mr Vell said the film was not about her. Ms Vell lost her job soon after."
    )
    people = {e.name: e for e in extract_entities(nlp(text)) if e.kind == "person"}
    titles = {
        e.name: [m.span.doc[m.span.start - 1].text for m in e.mentions] for e in people.values()
    }
    assert "Ms" in titles["Ann Vell"] and "Ms" not in titles["Tarrin Vell"]
    assert "Mr" in titles["Tarrin Vell"]
