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


def test_then_after_a_preposition_stays(nlp: Language) -> None:
    """ "opened by then harbour chief Tom Ames": the parser hangs "then" from "by"."""
    text = "The Norport lock was opened in 2011 by then ports secretary Tom Ames with a speech."
    assert roles_in(nlp, text)["Tom Ames"] == "then ports secretary"


def test_then_after_a_conjunction_of_time_stays(nlp: Language) -> None:
    """ "as then Ports Secretary Tom Ames promised": the office of that time."""
    text = "Norport dockers went home as then Ports Secretary Tom Ames promised a pay rise."
    assert roles_in(nlp, text)["Tom Ames"] == "then Ports Secretary"


def test_then_after_and_is_the_clause_time(nlp: Language) -> None:
    """ "and then coach Tom Ames took over": "then" says what came next."""
    text = "The Norport club sacked its manager in May, and then coach Tom Ames took over."
    assert roles_in(nlp, text)["Tom Ames"] == "coach"
