"""Entity typing from deals: a name that is acquired or taken over is a firm's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_name_that_is_acquired_is_no_person(nlp: Language) -> None:
    """ "Corvin Hale was acquired by a rival": people are not acquired."""
    text = "Corvin Hale was acquired by a larger rival in 2019 for 40 million pounds."
    assert labelled_kinds(nlp, text, [("Corvin Hale", "PERSON")]).get("Corvin Hale") != "person"


def test_a_name_that_is_taken_over_is_no_person(nlp: Language) -> None:
    """ "Tessa Marlow is being taken over": a firm, whatever the model says."""
    text = "Tessa Marlow is being taken over by an investment fund, the Ledger reports."
    assert labelled_kinds(nlp, text, [("Tessa Marlow", "PERSON")]).get("Tessa Marlow") != "person"


def test_a_name_that_is_taken_in_stays_a_person(nlp: Language) -> None:
    """ "Jo Ames was taken to hospital": "taken" without "over" says nothing of a firm."""
    text = "Jo Ames was taken to hospital after the crash, police said. Ms Ames is 45."
    assert labelled_kinds(nlp, text, [("Jo Ames", "PERSON")]).get("Jo Ames") == "person"
