"""A capitalised adjective the model reads as a body's name is no organization."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_organizations


def test_a_sentence_opening_adjective_is_no_body_unless_it_speaks(nlp: Language) -> None:
    """ "Quarterly" of "Quarterly output rose" names no body, but "Quarterly said" does."""
    text = (
        "Dornwick Council met on Monday to weigh the budget. "
        "Quarterly output rose sharply at the mills near the river."
    )
    spans = [("Dornwick Council", "ORG"), ("Quarterly", "ORG")]
    assert list(labelled_organizations(nlp, text, spans)) == ["Dornwick Council"]
    text += " Later that week Quarterly said it would open four more branches."
    spans.append(("Quarterly", "ORG"))
    assert "Quarterly" in list(labelled_organizations(nlp, text, spans))


def test_one_letter_alone_is_no_body(nlp: Language) -> None:
    """ "N" of a table's "N / A" names no body; "Dornwick Freight Ltd" does."""
    text = "Shares on offer: N / A. Dornwick Freight Ltd will lead the sale next month."
    spans = [("N", "ORG"), ("Dornwick Freight Ltd", "ORG")]
    assert list(labelled_organizations(nlp, text, spans)) == ["Dornwick Freight Ltd"]
