"""A site's name (an airport, a station) where the text puts it on the map is a place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import ORG, PLACE
from tests.extract.conftest import labelled_kinds


def test_an_international_airport_one_is_held_at_is_a_place(nlp: Language) -> None:
    """ "International" inside an airport's name makes no body of it: police held him there."""
    text = "Police detained the pilot at Varnholm International Airport late on Tuesday."
    kinds = labelled_kinds(nlp, text, [("Varnholm International Airport", "FAC")])
    assert kinds.get("Varnholm International Airport") == PLACE


def test_a_foreign_article_opening_an_airport_makes_no_body(nlp: Language) -> None:
    """ "Los ... Airport" the model read as a body, flown to: a place, not a paper or a firm."""
    text = "The charter then flew on to Los Tarvales International Airport with 80 passengers."
    kinds = labelled_kinds(nlp, text, [("Los Tarvales International Airport", "ORG")])
    assert kinds.get("Los Tarvales International Airport") == PLACE


def test_a_station_passed_through_is_a_place(nlp: Language) -> None:
    """A station the model read as a body, which commuters pour through, is a place."""
    text = "Thousands of commuters poured through Kelmarsh Central Station before the strike."
    kinds = labelled_kinds(nlp, text, [("Kelmarsh Central Station", "ORG")])
    assert kinds.get("Kelmarsh Central Station") == PLACE


def test_an_airport_counted_among_lobby_groups_stays_a_body(nlp: Language) -> None:
    """ "groups, including Tarnby Airport,": the operator that lobbies, no place."""
    text = "Lobby groups, including Tarnby Airport, urged ministers to act."
    kinds = labelled_kinds(nlp, text, [("Tarnby Airport", "FAC")])
    assert kinds.get("Tarnby Airport") == ORG


def test_an_airports_code_the_model_read_as_a_body_is_the_airport(nlp: Language) -> None:
    """ "from TIA" after "Tarvale International Airport": the airport's code, one place with it."""
    text = (
        "Fog closed Tarvale International Airport on Sunday. "
        "The first flight out of TIA left at noon for Kelmsford."
    )
    labels = [("Tarvale International Airport", "FAC"), ("TIA", "ORG"), ("Kelmsford", "GPE")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Tarvale International Airport") == PLACE
    assert "TIA" not in kinds
