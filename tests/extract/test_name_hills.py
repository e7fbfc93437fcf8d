"""Hills and glens opened by "Ben" and "Glen", which the model reads as men."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_hill_climbed_is_no_person(nlp: Language) -> None:
    """'She climbed Ben Corrach for charity': a hill, not a man called Ben."""
    text = "She climbed Ben Corrach for charity last summer."
    assert labelled_kinds(nlp, text, [("Ben Corrach", "PERSON")]) == {"Ben Corrach": "place"}


def test_a_hill_hiked_up_is_no_person(nlp: Language) -> None:
    """'We hiked up Ben Corrach': the way up a hill."""
    text = "We hiked up Ben Corrach on the second day of the trip."
    assert labelled_kinds(nlp, text, [("Ben Corrach", "PERSON")]) == {"Ben Corrach": "place"}


def test_the_summit_of_a_hill_is_no_person(nlp: Language) -> None:
    """'The summit of Ben Corrach was in cloud': a part of a hill."""
    text = "The summit of Ben Corrach was in cloud all day."
    assert labelled_kinds(nlp, text, [("Ben Corrach", "PERSON")]) == {"Ben Corrach": "place"}


def test_a_man_called_up_stays_a_person(nlp: Language) -> None:
    """'She called up Ben Tarrow': a verb with "up" that is no way over a hill."""
    text = "She called up Ben Tarrow to ask about the match."
    assert labelled_kinds(nlp, text, [("Ben Tarrow", "PERSON")]) == {"Ben Tarrow": "person"}
