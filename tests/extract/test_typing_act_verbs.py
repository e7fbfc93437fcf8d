"""A verb of saying with a thing for its object is an act, no evidence of a person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PERSON
from tests.extract.conftest import person_votes


def test_a_verb_of_saying_with_a_thing_for_object_gives_no_person_vote(nlp: Language) -> None:
    """ "The Copper Lanterns have added four dates": adding dates is no saying."""
    text = "The Copper Lanterns have added four dates to their spring tour."
    assert person_votes(nlp, text, 1, 3).get(PERSON, 0.0) == 0.0


def test_a_firm_that_announced_a_loss_gets_no_person_vote(nlp: Language) -> None:
    """ "Varnley Foods announced a loss": a firm's act, not a speaker's words."""
    text = "Varnley Foods announced a loss for the year on Tuesday."
    assert person_votes(nlp, text, 0, 2).get(PERSON, 0.0) == 0.0


def test_a_verb_of_saying_with_reported_words_still_votes_person(nlp: Language) -> None:
    """ "Orla Pentreath added that the plan had failed" reports her words."""
    text = "Orla Pentreath added that the plan had failed."
    assert person_votes(nlp, text, 0, 2).get(PERSON, 0.0) > 0.0


def test_an_object_that_is_people_still_votes_person(nlp: Language) -> None:
    """ "Orla Pentreath announced the new chairman": an object that is people is no thing made."""
    text = "Orla Pentreath announced the new chairman on Monday."
    assert person_votes(nlp, text, 0, 2).get(PERSON, 0.0) > 0.0


def test_a_verb_whose_object_is_the_addressee_still_votes_person(nlp: Language) -> None:
    """ "Orla Pentreath told the committee": telling someone is saying, whatever its object."""
    text = "Orla Pentreath told the committee on Monday."
    assert person_votes(nlp, text, 0, 2).get(PERSON, 0.0) > 0.0
