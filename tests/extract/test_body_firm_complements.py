"""A firm's name going on with "of", a place and its company form: "Iron Wells of Tarnia Ltd"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_common_words_read_as_a_person_before_of_and_a_company_form(nlp: Language) -> None:
    """'Iron Wells' read as a person before 'of Tarnia Ltd': the whole is one firm."""
    text = "The pit's owners Iron Wells of Tarnia Ltd said on Monday that the shaft was shut."
    kinds = labelled_kinds(nlp, text, [("Iron Wells", "PERSON"), ("Monday", "DATE")])
    assert kinds.get("Iron Wells of Tarnia Ltd") == "organization"
    assert "Iron Wells" not in kinds


def test_a_body_cut_at_of_before_a_place_and_a_company_form(nlp: Language) -> None:
    """'Orvale Copper' + 'of' + 'Tarnia' + 'Ltd': one firm's name."""
    text = "Shares of Orvale Copper of Tarnia Ltd fell on Monday after the strike."
    labels = [("Orvale Copper", "ORG"), ("Tarnia", "GPE"), ("Monday", "DATE")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Orvale Copper of Tarnia Ltd") == "organization"


def test_an_ordinal_opening_a_firm_before_of_and_a_company_form(nlp: Language) -> None:
    """'First' (read as an ordinal) + 'of Tarnia Corp.': the firm 'First of Tarnia Corp.'."""
    text = "The bonds were sold through First of Tarnia Corp., Orvale, on Monday."
    labels = [("First", "ORDINAL"), ("Tarnia Corp.", "ORG"), ("Monday", "DATE")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("First of Tarnia Corp.") == "organization"


def test_a_person_of_a_firm_stays_a_person(nlp: Language) -> None:
    """'Dara Pellow of Orvale Copper Ltd said': a person of the firm, not one name."""
    text = "Dara Pellow of Orvale Copper Ltd said on Monday that the shaft was shut."
    labels = [("Dara Pellow", "PERSON"), ("Monday", "DATE")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Dara Pellow") == "person"
    assert "Dara Pellow of Orvale Copper Ltd" not in kinds
