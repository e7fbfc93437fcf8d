"""A title's word used as a verb ("miss", "host") titles no one after it."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_the_verb_miss_before_a_name_is_no_honorific(nlp: Language) -> None:
    """ "she would miss Tarnmouth" read as a person: "miss" is a verb here, no title."""
    text = "The dancer said she would miss Tarnmouth after twelve happy years."
    kinds = person_labelled_kinds(nlp, text, ["Tarnmouth"])
    assert kinds.get("Tarnmouth") != "person"


def test_a_capitalised_honorific_still_titles_a_person(nlp: Language) -> None:
    """ "Miss Tarnmouth said" keeps its title: a person."""
    text = "Miss Tarnmouth said she was delighted with the result."
    kinds = person_labelled_kinds(nlp, text, ["Tarnmouth"])
    assert kinds.get("Tarnmouth") == "person"
