"""A role held at the time told keeps its "then" ("her then partner")."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.role_choice import says_else
from tests.extract.test_roles import roles_in


def test_then_before_a_title_stays(nlp: Language) -> None:
    """ "her then partner Tom Ames": the partner of that time."""
    text = "Ann Vell was arrested with her then partner Tom Ames in Norport."
    assert (roles_in(nlp, text)["Tom Ames"] or "").startswith("then partner")


def test_then_before_an_appositive_stays(nlp: Language) -> None:
    """ "her then boyfriend, Tom Ames,": the same with the name set off by commas."""
    text = "She met her then boyfriend, Tom Ames, in Norport."
    assert roles_in(nlp, text)["Tom Ames"] == "then boyfriend"


def test_then_of_the_verb_is_no_part_of_the_title(nlp: Language) -> None:
    """ "He then hired coach Tom Ames": "then" is the verb's."""
    assert roles_in(nlp, "He then hired coach Tom Ames.")["Tom Ames"] == "coach"


def test_then_hyphenated_title_says_nothing_else() -> None:
    """ "then-President" and "President" have one head: no second description."""
    assert not says_else("then-President", "President")
