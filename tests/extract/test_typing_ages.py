"""An age set off after a full name says the name is a person's."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled


def test_a_year_old_after_a_name_makes_a_person(nlp: Language) -> None:
    """ "Orla Penhallow, a 38-year-old from Kelby" gives an age, which only a person has."""
    text = "Orla Penhallow, a 38-year-old from Kelby, won the cake contest on Sunday."
    kinds = {
        e.name: e.kind for e in extract_entities(labelled(nlp, text, [("Orla Penhallow", "ORG")]))
    }
    assert kinds.get("Orla Penhallow") == PERSON


def test_an_age_ending_a_line_makes_a_person(nlp: Language) -> None:
    """ "Orla Penhallow, 38" on a line of its own, as a list of judges is set, gives an age."""
    text = "Our judges\n\nOrla Penhallow, 38\n\nShe has judged the cake contest since 2015."
    kinds = {
        e.name: e.kind for e in extract_entities(labelled(nlp, text, [("Orla Penhallow", "ORG")]))
    }
    assert kinds.get("Orla Penhallow") == PERSON


def test_a_name_the_model_missed_before_an_age_is_a_person(nlp: Language) -> None:
    """ "Tobiah Wrenfield, 29," left out of the model's entities is found again by its age."""
    text = "On Monday, Tobiah Wrenfield, 29, was fined for parking his van on the village green."
    names = {e.name: e.kind for e in extract_entities(labelled(nlp, text, []))}
    assert names.get("Tobiah Wrenfield") == PERSON


def test_a_name_read_into_a_date_before_an_age_is_a_person(nlp: Language) -> None:
    """ "Wrenfield, 29" read as a date still leaves "Tobiah Wrenfield" a person's name."""
    text = "On Monday, Tobiah Wrenfield, 29, was fined for parking his van on the village green."
    doc = labelled(nlp, text, [("Wrenfield, 29", "DATE")])
    names = {e.name: e.kind for e in extract_entities(doc)}
    assert names.get("Tobiah Wrenfield") == PERSON


def test_a_common_noun_or_a_place_before_an_age_is_no_missed_name(nlp: Language) -> None:
    """ "Pensioner, 81," opening a sentence and "Leeds, 40," are no one's names."""
    text = (
        "Pensioner, 81, wins the village raffle.\n\n"
        "Fans from York and Leeds, 40, miles apart, met at the ground."
    )
    names = {e.name for e in extract_entities(labelled(nlp, text, []))}
    assert not names & {"Pensioner", "Leeds"}
