"""Bodies whose names end "in" + a continent, which the model cut before "in"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_purpose_body_runs_on_to_its_continent(nlp: Language) -> None:
    """'the Council for Fair Shipping' + 'in Asia': one body, not a body and a place."""
    text = "Delegates of the Council for Fair Shipping in Asia voted on Monday."
    labels = [("the Council for Fair Shipping", "ORG"), ("Asia", "LOC")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Council for Fair Shipping in Asia") == "organization"
    assert "Asia" not in kinds


def test_the_words_after_the_body_own_and_join_it(nlp: Language) -> None:
    """'the Forum on Water' + 'and Co-operation in Europe': one body's name."""
    text = "Envoys to the Forum on Water and Co-operation in Europe met in a hall."
    labels = [("the Forum on Water", "ORG"), ("Europe", "LOC")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Forum on Water and Co-operation in Europe") == "organization"


def test_a_body_of_a_place_in_a_continent_stays_apart(nlp: Language) -> None:
    """'Bank of Tarnland in Europe': an 'of' body's arm abroad; the continent is a place."""
    text = "The Bank of Tarnland in Europe raised its fees on Friday."
    labels = [("The Bank of Tarnland", "ORG"), ("Europe", "LOC")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Europe") == "place"
    assert "Bank of Tarnland in Europe" not in kinds
