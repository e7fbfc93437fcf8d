"""Entity typing from a description set off after a name: "Vera Kell, Jo Ames's film"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_work_described_after_its_name_is_no_person(nlp: Language) -> None:
    """ "Vera Kell, Jo Ames's film about a nurse,": the described noun is a film."""
    text = "The drama led the nominations. Vera Kell, Jo Ames's film about a nurse, had 11."
    kinds = labelled_kinds(nlp, text, [("Vera Kell", "PERSON"), ("Jo Ames", "PERSON")])
    assert kinds.get("Vera Kell") != "person"
    assert kinds.get("Jo Ames") == "person"


def test_a_person_described_by_a_job_at_a_work_stays_a_person(nlp: Language) -> None:
    """ "Jo Ames, the film's director,": the last noun of the description is his job."""
    text = "Jo Ames, the film's director, said the shoot had been hard."
    assert labelled_kinds(nlp, text, [("Jo Ames", "PERSON")]).get("Jo Ames") == "person"
