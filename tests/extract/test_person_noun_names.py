"""An untagged two-word name after a noun for a person, as a verb's subject, is a person."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_stage_name_after_a_persons_noun_is_a_person(nlp: Language) -> None:
    """ "the drummer Big Quorrel has left": no table lists "Big", but the noun makes it a name."""
    text = "The drummer Big Quorrel has left the band after a row."
    kinds = labelled_kinds(nlp, text, [])
    assert kinds.get("Big Quorrel") == "person"


def test_a_pair_after_a_noun_of_a_trade_at_the_start_is_a_person(nlp: Language) -> None:
    """ "Developer Ysella Marrick built the app": an unlisted given name is still hers."""
    text = "Developer Ysella Marrick built the app in a month. Marrick says it has many users."
    kinds = labelled_kinds(nlp, text, [])
    assert kinds.get("Ysella Marrick") == "person"


def test_a_pair_after_a_hyphened_persons_noun_is_a_person(nlp: Language) -> None:
    """'co-pilot Anders Velkamp had locked', left untagged: the hyphened noun names him."""
    text = "Investigators said co-pilot Anders Velkamp had locked the captain out."
    assert labelled_kinds(nlp, text, []).get("Anders Velkamp") == "person"


def test_a_name_read_as_a_building_after_a_persons_noun_is_a_person(nlp: Language) -> None:
    """'co-pilot Andreas Velkamp' read as a building: a person, by the noun before him."""
    text = "The airline said co-pilot Andreas Velkamp had passed all his checks."
    labels = [("Andreas Velkamp", "FAC")]
    assert labelled_kinds(nlp, text, labels) == {"Andreas Velkamp": "person"}


def test_a_known_place_after_a_persons_noun_stays_a_place(nlp: Language) -> None:
    """'the farmer left New Zealand': a place the tables know is no one's name."""
    text = "Asked where he was from, the farmer said New Zealand was home."
    assert labelled_kinds(nlp, text, [("New Zealand", "GPE")]) == {"New Zealand": "place"}
