"""A courtesy title that says a sex keeps a partial name off a full name of the other sex."""

from __future__ import annotations

from spacy.language import Language

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
