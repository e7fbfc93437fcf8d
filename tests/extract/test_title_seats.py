"""The second place of a title of rank's seat is part of the title, not a body."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_the_second_place_of_a_bishops_see_is_no_body(nlp: Language) -> None:
    """ "Tessford" of "the Bishop of Marlow and Tessford" read as a body is no organization."""
    text = "The Bishop of Marlow and Tessford said the diocese would sell two churches."
    kinds = labelled_kinds(nlp, text, [("Tessford", "ORG")])
    assert "Tessford" not in kinds


def test_a_chairman_of_two_firms_keeps_both(nlp: Language) -> None:
    """ "chairman of Dornwick and Pellow" lists two firms; a seat's rule leaves both."""
    text = (
        "Hugh Renner, the chairman of Dornwick and Pellow, resigned after the Bishop of "
        "Marlow and Tessford spoke."
    )
    labels = [("Dornwick", "ORG"), ("Pellow", "ORG"), ("Tessford", "ORG")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Pellow") == "organization"
    assert "Tessford" not in kinds
