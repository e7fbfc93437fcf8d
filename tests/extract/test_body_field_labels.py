"""A form's field labels in capitals before a colon are no part of a name."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds

#: An invented notice of a bond sale, its layout gone: labels in capitals closed by colons.
_NOTICE = (
    "SIZE: 400,000 SELLER: Orvale Harbour Board ZN: KX KIND: Pier bonds "
    "RFD: 02/03/97 AGENT: Tallow Mercantile Bank, Orvale PQ: Brisk, Marl & Tew, Orvale"
)


def test_a_label_run_into_a_body_is_cut_from_it(nlp: Language) -> None:
    """'Orvale Harbour Board ZN:' read as one body: the body is the board, without 'ZN'."""
    kinds = labelled_kinds(nlp, _NOTICE, [("Orvale Harbour Board ZN", "ORG")])
    assert kinds.get("Orvale Harbour Board") == "organization"
    assert "Orvale Harbour Board ZN" not in kinds


def test_a_label_alone_is_no_body(nlp: Language) -> None:
    """'RFD:' read as a body: a field's label, dropped."""
    kinds = labelled_kinds(nlp, _NOTICE, [("RFD", "ORG"), ("Tallow Mercantile Bank", "ORG")])
    assert "RFD" not in kinds
    assert kinds.get("Tallow Mercantile Bank") == "organization"


def test_capitals_before_a_colon_in_prose_are_kept(nlp: Language) -> None:
    """One colon after capitals ('Orvale Pumps AG: results') makes no form: 'AG' stays."""
    text = "Orvale Pumps AG: results for the half year are due on Monday, the firm said."
    labels = [("Orvale Pumps AG", "ORG"), ("Monday", "DATE")]
    assert labelled_kinds(nlp, text, labels).get("Orvale Pumps AG") == "organization"
