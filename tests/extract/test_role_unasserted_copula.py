"""A copula the text does not state as so (conditional, doubted, a noun's content) gives no role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_conditional_copula_gives_no_role(nlp: Language) -> None:
    """ "If Tom Ames is a thief": a supposition, not what he is."""
    text = "If Tom Ames is a thief, we will know soon, Ann Vell said."
    assert roles_in(nlp, text).get("Tom Ames") is None


def test_whether_copula_gives_no_role(nlp: Language) -> None:
    """ "doubts whether Tom Ames is a teacher": an open question."""
    text = "Ann Vell doubts whether Tom Ames is a teacher."
    assert roles_in(nlp, text).get("Tom Ames") is None


def test_denied_copula_gives_no_role(nlp: Language) -> None:
    """ "denied that Tom Ames is a thief": what someone says he is not."""
    text = "Ann Vell denied that Tom Ames is a thief."
    assert roles_in(nlp, text).get("Tom Ames") is None


def test_stated_copula_still_gives_a_role(nlp: Language) -> None:
    """ "said Tom Ames is a teacher": a report of what he is stays a role."""
    text = "Ann Vell said Tom Ames is a teacher in Norport."
    assert roles_in(nlp, text)["Tom Ames"] == "teacher in Norport"
