"""Lists of places the model read as one body's name are places, each on its own."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import ORG, PLACE
from tests.extract.conftest import labelled_kinds


def test_known_places_joined_by_and_are_two_places(nlp: Language) -> None:
    """ "Leeds and Exeter" read as one body: both are known places, so two places."""
    text = "The carrier Dorvel Air will close its crew bases at Leeds and Exeter in March."
    kinds = labelled_kinds(nlp, text, [("Dorvel Air", "ORG"), ("Leeds and Exeter", "ORG")])
    assert kinds.get("Leeds") == PLACE and kinds.get("Exeter") == PLACE
    assert "Leeds and Exeter" not in kinds


def test_a_list_ended_on_its_and_is_split(nlp: Language) -> None:
    """ "Faro, Lisbon and" read as one body ending on "and": the places split out."""
    text = "New routes to Faro, Lisbon and Tarnwick will start in May, the airline said."
    kinds = labelled_kinds(nlp, text, [("Faro, Lisbon and", "ORG")])
    assert kinds.get("Faro") == PLACE and kinds.get("Lisbon") == PLACE


def test_a_known_place_after_a_preposition_takes_an_unknown_one(nlp: Language) -> None:
    """ "at Exeter and Quarnby": after "at", one known place and one plain word are places."""
    text = "Staff at Exeter and Quarnby were told of the cuts on Friday."
    kinds = labelled_kinds(nlp, text, [("Exeter and Quarnby", "ORG")])
    assert kinds.get("Exeter") == PLACE and kinds.get("Quarnby") == PLACE


def test_a_known_place_left_out_after_and_joins_the_list(nlp: Language) -> None:
    """ "Leeds, Exeter" read as a body with "and Bristol" untagged: all three are places."""
    text = "Buses to Leeds, Exeter and Bristol were cancelled because of the snow."
    kinds = labelled_kinds(nlp, text, [("Leeds, Exeter", "ORG")])
    assert kinds.get("Bristol") == PLACE and kinds.get("Exeter") == PLACE


def test_a_firm_of_two_names_stays_a_firm(nlp: Language) -> None:
    """ "Exeter and Varnhold Holdings" ends on a firm's word: no list, one body."""
    text = "Shares in Exeter and Varnhold Holdings rose after the results were published."
    kinds = labelled_kinds(nlp, text, [("Exeter and Varnhold Holdings", "ORG")])
    assert kinds.get("Exeter and Varnhold Holdings") == ORG
