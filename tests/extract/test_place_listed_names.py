"""Names listed before a place noun ("the Kelby and Tarvik provinces") are all places."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled_kinds


def test_both_names_before_a_plural_place_noun_are_places(nlp: Language) -> None:
    """ "the Kelby and Tarvik provinces" read as bodies: the noun makes both places."""
    text = "Heavy rain flooded farms across the Kelby and Tarvik provinces last week."
    kinds = labelled_kinds(nlp, text, [("Kelby", "ORG"), ("Tarvik", "ORG")])
    assert kinds.get("Kelby") == PLACE and kinds.get("Tarvik") == PLACE


def test_listed_names_before_crossings_are_places(nlp: Language) -> None:
    """ "The Tarvik and Ardelan border crossings" read as bodies are two crossings' names."""
    text = "The Tarvik and Ardelan border crossings stayed shut for a third day."
    kinds = labelled_kinds(nlp, text, [("Tarvik", "ORG"), ("Ardelan", "ORG")])
    assert kinds.get("Tarvik") == PLACE and kinds.get("Ardelan") == PLACE


def test_a_name_before_mine_is_a_place(nlp: Language) -> None:
    """ "its Grace Vell mine" read as a person: a mine is a place, whoever it is named after."""
    text = "Tarvik Mining said output at its Grace Vell mine fell 10 percent last year."
    kinds = labelled_kinds(nlp, text, [("Tarvik Mining", "ORG"), ("Grace Vell", "PERSON")])
    assert kinds.get("Grace Vell") == PLACE
