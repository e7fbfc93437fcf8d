"""Towns whose names are hyphened with a linking word, read whole."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PLACE
from tests.extract.conftest import labelled_kinds


def test_a_known_hyphened_town_is_one_place(nlp: Language) -> None:
    """ "Stratford-upon-Avon": the model read only "Stratford"; the gazetteer knows the whole."""
    text = "The actor grew up near Stratford-upon-Avon and trained in a small theatre."
    kinds = labelled_kinds(nlp, text, [("Stratford", "GPE")])
    assert kinds.get("Stratford-upon-Avon") == PLACE
    assert "Stratford" not in kinds


def test_a_town_built_as_one_is_read_whole(nlp: Language) -> None:
    """ "Marlby-le-Fen" (place, linking word, capitalised word) is one place, though unlisted."""
    text = "The fire started in a barn at Marlby-le-Fen shortly after midnight."
    kinds = labelled_kinds(nlp, text, [("Marlby", "GPE")])
    assert kinds.get("Marlby-le-Fen") == PLACE


def test_a_hyphened_adjective_after_a_place_stays_apart(nlp: Language) -> None:
    """ "Marlby-based": no linking word and no capital after the hyphen, no town's name."""
    text = "The Marlby-based bakery was sold to a rival on Tuesday."
    kinds = labelled_kinds(nlp, text, [("Marlby", "GPE")])
    assert "Marlby-based" not in kinds


def test_an_unknown_hyphened_town_needs_no_preposition(nlp: Language) -> None:
    """ "Marlby-on-Fen was cut off": a town's built name is a place without "in" before it."""
    text = "Marlby-on-Fen was cut off by the floods for a third day running."
    kinds = labelled_kinds(nlp, text, [("Marlby", "GPE")])
    assert kinds.get("Marlby-on-Fen") == PLACE
