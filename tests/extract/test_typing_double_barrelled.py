"""Entity typing: a double-barrelled surname whose first part the model read as a place
("Ann" a person, "Wales" a place, of "Ann Wales-Tarn") is one person's name."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_place_joined_by_a_hyphen_after_a_given_name_is_a_surname(nlp: Language) -> None:
    """ "Kelby boss Ann Wales-Tarn told staff": one person, no place named Wales."""
    text = "Kelby boss Ann Wales-Tarn told staff the depot would close in March."
    kinds = labelled_kinds(nlp, text, [("Kelby", "ORG"), ("Ann", "PERSON"), ("Wales", "GPE")])
    assert kinds.get("Ann Wales-Tarn") == "person"
    assert "Wales" not in kinds


def test_a_place_after_a_given_name_and_a_spaced_dash_stays_a_place(nlp: Language) -> None:
    """ "Ann Wales - a first": a dash set off by spaces joins no surname to the place."""
    text = "The prize went to Jo Ames, then to Ann Wales - a first for the county of Kelby."
    labels = [("Jo Ames", "PERSON"), ("Ann", "PERSON"), ("Wales", "GPE")]
    kinds = labelled_kinds(nlp, text, labels)
    assert "Ann Wales-a" not in kinds
    assert not any(name.endswith("- a") or name.endswith("-a") for name in kinds)
