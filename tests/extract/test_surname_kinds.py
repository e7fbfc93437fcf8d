"""A full name takes its kind from its surname alone when the text says that is a person."""

from __future__ import annotations

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
