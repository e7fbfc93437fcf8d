"""A person's noun before "such as" names a person the model read as a body."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PERSON
from tests.extract.conftest import labelled_kinds


def test_designers_such_as_name_a_person(nlp: Language) -> None:
    """'illustrators such as Lorin Vask', labelled a body, is a person by the noun."""
    text = "The museum hired illustrators such as Lorin Vask to paint its winter banners."
    kinds = labelled_kinds(nlp, text, [("Lorin Vask", "ORG")])
    assert kinds.get("Lorin Vask") == PERSON


def test_a_name_given_to_a_trade_noun_is_a_person(nlp: Language) -> None:
    """'a printmaker named Orla': one word kept as a person by the noun it names."""
    text = "Last winter a printmaker named Orla drew every banner in the hall."
    kinds = labelled_kinds(nlp, text, [("Orla", "PERSON")])
    assert kinds.get("Orla") == PERSON


def test_machines_that_play_music_are_no_people(nlp: Language) -> None:
    """ "portable music players such as the Tamsy": a machine, though players are people."""
    text = "Sales of portable music players such as the Tamsy doubled in the spring, said Ena Roll."
    kinds = labelled_kinds(nlp, text, [("Tamsy", "PERSON"), ("Ena Roll", "PERSON")])
    assert kinds.get("Tamsy") != PERSON
    assert kinds.get("Ena Roll") == PERSON


def test_players_of_a_sport_such_as_a_name_stay_people(nlp: Language) -> None:
    """ "tennis players such as Mirro Vask": people; only what machines play makes machines."""
    text = "Young tennis players such as Mirro Vask trained at the club all winter."
    kinds = labelled_kinds(nlp, text, [("Mirro Vask", "PERSON")])
    assert kinds.get("Mirro Vask") == PERSON
