"""Where people live, are born or grow up, and what lies nearby, is a place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PLACE
from tests.extract.conftest import labelled_kinds


def test_where_someone_lives_read_as_a_body_is_a_place(nlp: Language) -> None:
    """ "who has lived in Quarrow Fen for years": a home, not a body the model read."""
    text = "The widow, who has lived in Quarrow Fen for decades, wants the bus route back."
    kinds = labelled_kinds(nlp, text, [("Quarrow Fen", "ORG")])
    assert kinds.get("Quarrow Fen") == PLACE


def test_where_someone_grew_up_and_was_born_is_a_place(nlp: Language) -> None:
    """ "grew up in Tolsey Cross", "was born in Amblethorpe": places, however read."""
    text = (
        "The drummer grew up in Tolsey Cross before his family left. "
        "His sister was born in Amblethorpe, a year later."
    )
    kinds = labelled_kinds(nlp, text, [("Tolsey Cross", "ORG"), ("Amblethorpe", "ORG")])
    assert kinds.get("Tolsey Cross") == PLACE
    assert kinds.get("Amblethorpe") == PLACE


def test_a_name_after_nearby_is_a_place_not_a_person(nlp: Language) -> None:
    """ "a cyclist from nearby Wendle Moss": a village the model read as someone."""
    text = "A cyclist from nearby Wendle Moss reached the stranded walkers before dusk."
    kinds = labelled_kinds(nlp, text, [("Wendle Moss", "PERSON")])
    assert kinds.get("Wendle Moss") == PLACE


def test_fans_travel_from_places_listed_together(nlp: Language) -> None:
    """ "travelled from Oxley and Brundham": both are places one sets off from."""
    text = "Supporters who travelled from Oxley and Brundham were turned away at the gate."
    kinds = labelled_kinds(nlp, text, [("Oxley", "ORG"), ("Brundham", "ORG")])
    assert kinds.get("Oxley") == PLACE
    assert kinds.get("Brundham") == PLACE
