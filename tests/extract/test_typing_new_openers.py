"""A sentence's opening "New" before an office and a name is the adjective, not a body's word."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_new_before_a_portfolio_is_no_body(nlp: Language) -> None:
    """ "New Energy Secretary Ana Lisk": a newly named secretary, no body "New Energy"."""
    text = "New Energy Secretary Ana Lisk said the levy would stay."
    kinds = labelled_kinds(nlp, text, [("New Energy", "ORG"), ("Ana Lisk", "PERSON")])
    assert kinds == {"Ana Lisk": "person"}


def test_new_before_a_nationality_is_no_body(nlp: Language) -> None:
    """ "New Danish envoy Ole Brask": the envoy is new; there is no body "New Danish"."""
    text = "New Danish trade envoy Ole Brask arrived in the port on Monday."
    kinds = labelled_kinds(nlp, text, [("New Danish", "ORG"), ("Ole Brask", "PERSON")])
    assert "New Danish" not in kinds and kinds.get("Ole Brask") == "person"


def test_a_place_with_new_stays_whole(nlp: Language) -> None:
    """ "New Jersey Police Chief Ray Kelt": "New" belongs to the state's name."""
    text = "New Jersey Police Chief Ray Kelt said the roads were closed."
    kinds = labelled_kinds(nlp, text, [("New Jersey Police", "ORG"), ("Ray Kelt", "PERSON")])
    assert "New Jersey Police" in kinds


def test_a_name_with_new_written_elsewhere_stays_whole(nlp: Language) -> None:
    """ "the New Harvest Party" written inside a sentence: "New" is the party's own word."""
    text = (
        "New Harvest Party leader Ivo Dant said he would run. "
        "Polls give the New Harvest Party a third of the vote."
    )
    labels = [("New Harvest Party", "ORG"), ("Ivo Dant", "PERSON"), ("New Harvest Party", "ORG")]
    assert "New Harvest Party" in labelled_kinds(nlp, text, labels)
