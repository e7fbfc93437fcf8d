"""A name's kind from the whole text: a surname that is a person, a common word that is none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.kinds import _surname_kinds
from generator.extract.mentions import ORG, PERSON
from tests.extract.conftest import entity_kinds

NEGOTIATOR = (
    "Talks on the port deal will not stall this week, Dana Whitlow\u2019s chief negotiator has "
    "declared. The negotiator said the council would not give way. Ms Whitlow has led Port "
    "Selby council since 2019 and wants the deal signed by March."
)


def test_a_title_before_the_surname_makes_the_full_name_a_person(nlp: Language) -> None:
    """ "X's chief negotiator" reads like a firm's officer; "Ms Whitlow" says X is a person."""
    kinds = entity_kinds(nlp, NEGOTIATOR)
    assert kinds.get("Dana Whitlow") == "person"
    assert "Whitlow" not in kinds  # the surname is the full name's alias, not a hub of its own


def test_only_a_plain_name_whose_surname_is_its_own_changes_kind() -> None:
    """A list of names, or a surname another person's name also holds, keeps its kind."""
    kinds = {
        "whitlow": PERSON,
        "dana whitlow": ORG,
        "ames": PERSON,
        "keswin and ames": ORG,
        "lee ward": PERSON,
        "lee": PERSON,
        "kim lee": ORG,
    }
    evidence = {
        "whitlow": {PERSON: 3.0},
        "dana whitlow": {ORG: 2.0},
        "ames": {PERSON: 3.0},
        "keswin and ames": {},
        "lee ward": {PERSON: 3.0},
        "lee": {PERSON: 3.0},
        "kim lee": {},
    }
    written = {
        "whitlow": "Whitlow",
        "dana whitlow": "Dana Whitlow",
        "ames": "Ames",
        "keswin and ames": "Keswin and Ames",
        "lee ward": "Lee Ward",
        "lee": "Lee",
        "kim lee": "Kim Lee",
    }
    _surname_kinds(kinds, evidence, written)
    assert kinds["dana whitlow"] == PERSON
    assert kinds["keswin and ames"] == ORG
    assert kinds["kim lee"] == ORG  # "Lee" may be Lee Ward's first name


@pytest.mark.parametrize(
    "text",
    [
        "Households in Port Selby will pay more for water from April, the council said.",
        "Suffice to say, the Selby Walkers were not happy with the plan.",
    ],
)
def test_a_capitalised_common_word_is_no_organization(nlp: Language, text: str) -> None:
    """A word the tagger reads as a common noun or verb is no body for want of other evidence."""
    kinds = entity_kinds(nlp, text)
    assert "Households" not in kinds and "Suffice" not in kinds


def test_a_party_adjective_before_a_noun_stays_a_body(nlp: Language) -> None:
    """ "The Liberal spokesman": an adjective before a noun may be a party's name."""
    text = (
        "Colin Dreyer, the Liberal transport spokesman, attacked the plan on Monday. "
        "The Liberal spokesman also criticised the timing of the vote."
    )
    assert entity_kinds(nlp, text).get("Liberal") == "organization"
