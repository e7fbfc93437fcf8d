"""A road named by its number is a place, though a name holds no digits as a rule."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_numbered_interstate_is_a_place(nlp: Language) -> None:
    """ "Interstate 40", read as a facility, is a place of the story."""
    text = "Snow shut Interstate 40 west of Tarnby for six hours on Monday."
    kinds = labelled_kinds(nlp, text, [("Interstate 40", "FAC"), ("Tarnby", "GPE")])
    assert kinds.get("Interstate 40") == "place"


def test_a_state_route_is_a_place(nlp: Language) -> None:
    """ "State Route 12" with the words before the road's word is one place."""
    text = "Crews reopened State Route 12 after the mudslide near Kelby Falls."
    kinds = labelled_kinds(nlp, text, [("State Route 12", "FAC"), ("Kelby Falls", "GPE")])
    assert kinds.get("State Route 12") == "place"


def test_a_number_run_into_another_name_stays_out(nlp: Language) -> None:
    """A count run into a name read as a facility ("Tarn Hall 12") names no road."""
    text = "Visitors filled Tarn Hall 12 times during the summer season."
    kinds = labelled_kinds(nlp, text, [("Tarn Hall 12", "FAC")])
    assert "Tarn Hall 12" not in kinds
