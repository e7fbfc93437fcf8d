"""A description after a picture's aside and an age: "Jo Roe, 34, pictured, a nurse"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_aside_set_off_by_commas(nlp: Language) -> None:
    """ ", 34, pictured, a nurse at Kelby General,": the description after the aside."""
    text = "Jo Roe, 34, pictured, a nurse at Kelby General, said the wards were full."
    assert roles_in(nlp, text)["Jo Roe"] == "nurse at Kelby General, 34"


def test_aside_in_brackets_with_an_owner(nlp: Language) -> None:
    """ ", 61, (left) the club's longest-serving coach,": the article opens the owner."""
    text = "Tom Vell, 61, (left) the club's longest-serving coach, said he would retire."
    assert roles_in(nlp, text)["Tom Vell"] == "club's longest-serving coach, 61"


def test_aside_with_no_description(nlp: Language) -> None:
    """ "Jo Roe, pictured, was elected": no description follows the aside."""
    text = "Jo Roe, pictured, was elected in February after a recount at the town hall."
    assert roles_in(nlp, text)["Jo Roe"] is None
