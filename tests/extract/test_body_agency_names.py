"""A news agency named right before the words "news agency": "the Harvik news agency said"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_an_untagged_name_before_news_agency_is_a_body(nlp: Language) -> None:
    """'the domestic Harvik news agency said', the model reading nothing there: a body."""
    text = "Floods closed two roads on Sunday, the domestic Harvik news agency said."
    kinds = labelled_kinds(nlp, text, [("Sunday", "DATE")])
    assert kinds.get("Harvik") == "organization"


def test_a_name_read_as_a_people_before_news_agency_is_a_body(nlp: Language) -> None:
    """'the Harvik news agency', the model reading 'Harvik' as a nationality: a body."""
    text = "The Harvik news agency said on Sunday that the ferry had sailed late."
    kinds = labelled_kinds(nlp, text, [("Harvik", "NORP"), ("Sunday", "DATE")])
    assert kinds.get("Harvik") == "organization"


def test_the_agency_name_is_a_body_where_it_stands_alone(nlp: Language) -> None:
    """A later 'Harvik reported' that the model left untagged is the same agency."""
    text = "The Harvik news agency said prices rose. Later Harvik reported that the mill shut."
    kinds = labelled_kinds(nlp, text, [])
    assert kinds.get("Harvik") == "organization"


def test_only_a_name_of_its_own_before_news_agency_is_taken(nlp: Language) -> None:
    """A nation's word or a word before a named agency is no agency; 'Harvik news agency' is."""
    text = (
        "The Iranian news agency said it rained. The Quorvan news agency Velta said so too."
        " The Harvik news agency said the bridge was shut."
    )
    kinds = labelled_kinds(nlp, text, [("Iranian", "NORP"), ("Velta", "ORG")])
    assert "Iranian" not in kinds
    assert "Quorvan" not in kinds
    assert kinds.get("Velta") == "organization"
    assert kinds.get("Harvik") == "organization"
