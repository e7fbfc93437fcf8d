"""A one-word name set off before a role firms hold too ("the adviser") keeps its reading."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_one_word_adviser_the_model_reads_as_a_body_is_a_body(nlp: Language) -> None:
    """ "compiled by Quorra, the adviser to shareholders": a firm advises shareholders."""
    text = (
        "The study, compiled by Quorra, the adviser to shareholders, looked at 60 companies. "
        "Pay rose by 11%, said Tamsyn Tolling."
    )
    kinds = labelled_kinds(nlp, text, [("Quorra", "ORG"), ("Tamsyn Tolling", "PERSON")])
    assert kinds.get("Quorra") == "organization"
    assert kinds.get("Tamsyn Tolling") == "person"


def test_a_full_name_set_off_before_adviser_is_a_person(nlp: Language) -> None:
    """ "Ivo Quorra, an adviser to the minister": a full name keeps the role's person vote."""
    text = "Ivo Quorra, an adviser to the minister, resigned on Monday."
    kinds = labelled_kinds(nlp, text, [("Ivo Quorra", "ORG")])
    assert kinds.get("Ivo Quorra") == "person"


def test_a_one_word_analyst_at_a_bank_is_a_person(nlp: Language) -> None:
    """ "Ferrand, an analyst at Kestrel Bank, said": a role held at a body is its staff's."""
    text = "Shares fell 5%. Ferrand, an analyst at Kestrel Bank, said the results were weak."
    kinds = labelled_kinds(nlp, text, [("Ferrand", "GPE"), ("Kestrel Bank", "ORG")])
    assert kinds.get("Ferrand") == "person"
