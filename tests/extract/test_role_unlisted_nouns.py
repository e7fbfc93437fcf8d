"""Nouns for people that no word list holds still give a role by where they stand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_clause_of_who_makes_an_appositive_a_persons(nlp: Language) -> None:
    """ "a retired coxswain who served ..." is what someone is: "who" speaks of a person."""
    text = (
        "Dale Ruck, 58, a retired coxswain who served for thirty years, said the crew were heroes."
    )
    assert roles_in(nlp, text)["Dale Ruck"] == "retired coxswain, 58"


def test_a_clause_of_that_keeps_a_thing_out(nlp: Language) -> None:
    """ "a shed that leaks" after a name says nothing of who the person is."""
    assert roles_in(nlp, "Ann Vell, 44, a shed that leaks, said it.")["Ann Vell"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # read as an adjective
        ("The crew was led by coxswain Dai Pryce, who said the sea was rough.", "coxswain"),
        # read as a verb whose object is the name
        (
            "Veteran coxswain Dai Pryce said the sea was rough. Mr Pryce added that the crew "
            "was tired.",
            "Veteran coxswain",
        ),
    ],
)
def test_a_noun_misread_before_a_name_is_its_title(nlp: Language, text: str, expected: str) -> None:
    """A WordNet noun the tagger read as an adjective or verb right before a name is a title."""
    assert roles_in(nlp, text)["Dai Pryce"] == expected


def test_a_noun_before_a_trade_is_its_modifier(nlp: Language) -> None:
    """ "Veteran sexton Dai Pryce": a noun qualifying an unlisted trade keeps it a title."""
    text = "Veteran sexton Dai Pryce said the bell was cracked."
    assert roles_in(nlp, text)["Dai Pryce"] == "Veteran sexton"


@pytest.mark.parametrize(
    "text",
    ["In this case Jo Roe was released.", "On Wednesday night Jo Roe left the ground."],
)
def test_a_fronted_phrase_is_no_title(nlp: Language, text: str) -> None:
    """A noun of a phrase fronted before the name ("In this case") is no title."""
    assert roles_in(nlp, text)["Jo Roe"] is None


def test_a_capitalised_noun_opening_the_sentence_is_a_title(nlp: Language) -> None:
    """ "Coxswain Jory Trelawny, who ..., said": a noun only, never an adjective or verb."""
    text = "Coxswain Jory Trelawny, who has crewed the boat for years, said the pair were lucky."
    assert roles_in(nlp, text)["Jory Trelawny"] == "Coxswain"


def test_an_adjective_in_ing_stays_on_the_title(nlp: Language) -> None:
    """ "sporting director": an "-ing" adjective of the title noun is no verb."""
    text = "The search will be led by sporting director Marc Lindqvist."
    assert roles_in(nlp, text)["Marc Lindqvist"] == "sporting director"


def test_a_verbs_ing_form_still_ends_the_title(nlp: Language) -> None:
    """ "After sacking manager Jo Roe": "sacking" is an act, no part of the title."""
    text = "After sacking manager Jo Roe, the club lost again."
    assert roles_in(nlp, text)["Jo Roe"] == "manager"


def test_a_run_of_nouns_hung_from_its_first_word_is_one_title(nlp: Language) -> None:
    """ "Acme water safety partner Jo Roe" parsed with "partner" under "Acme"."""
    text = "RNLI water safety partner Demelza Kitto urged visitors to check the forecast."
    assert roles_in(nlp, text)["Demelza Kitto"] == "RNLI water safety partner"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A photo shows nurse Ann Vell smiling.", "nurse"),
        ("Shocking footage shows manager Jo Roe shouting at fans.", "manager"),
    ],
)
def test_a_subject_and_its_verb_are_no_part_of_the_title(
    nlp: Language, text: str, expected: str
) -> None:
    """ "A photo shows nurse X": the verb after its subject noun ends the title."""
    assert next(iter(roles_in(nlp, text).values())) == expected
