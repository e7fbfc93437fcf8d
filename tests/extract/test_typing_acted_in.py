"""Entity typing of a name an actor is said to act in: a film's, a play's or a show's title."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_name_starred_in_is_no_person(nlp: Language) -> None:
    """ "appeared in Lady Penrose and Jack Tilling": two titles, not two people."""
    text = "The actor, Corin Halsey, appeared in Lady Penrose and Jack Tilling in the 1970s."
    labels = [("Corin Halsey", "PERSON"), ("Lady Penrose", "PERSON"), ("Jack Tilling", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Corin Halsey") == "person"
    assert kinds.get("Lady Penrose") != "person"
    assert kinds.get("Jack Tilling") != "person"


def test_a_part_played_in_a_name_makes_it_a_title(nlp: Language) -> None:
    """ "played the butler in Hester Crane": what a part is played in is a work."""
    text = "He played the butler in Hester Crane before he moved to the United States."
    kinds = labelled_kinds(nlp, text, [("Hester Crane", "PERSON")])
    assert kinds.get("Hester Crane") != "person"


def test_as_a_part_in_a_name_makes_it_a_title(nlp: Language) -> None:
    """ "best known as the grumpy neighbour in Tom Varley": a show named after its hero."""
    text = "Younger viewers knew him best as the grumpy neighbour in Tom Varley on Sundays."
    kinds = labelled_kinds(nlp, text, [("Tom Varley", "PERSON")])
    assert kinds.get("Tom Varley") != "person"


def test_a_co_star_stays_a_person(nlp: Language) -> None:
    """ "starred alongside Ada Brill in the film": the co-star is a person, not the title."""
    text = "She starred alongside Ada Brill in the film, which opened last week."
    kinds = labelled_kinds(nlp, text, [("Ada Brill", "PERSON")])
    assert kinds.get("Ada Brill") == "person"
