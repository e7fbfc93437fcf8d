"""A copula that ranks someone among others states no role."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Ames was the first culprit to be caught.", "Tom Ames"),
        ("Ann Vell is the only candidate yet to have answered the letter.", "Ann Vell"),
        ("Ann Vell became the youngest mayor of Tarland in 1997.", "Ann Vell"),
        ("Ann Vell is the world's second-richest woman.", "Ann Vell"),
        ("Tom Ames is a better chief than I was.", "Tom Ames"),
        ("Ann Vell, who is the most senior aide in the office, left.", "Ann Vell"),
        ("Tom Ames is the same official who stopped the talks.", "Tom Ames"),
        ("Tom Ames is the most decorated officer in the force.", "Tom Ames"),
    ],
)
def test_ranking_description_is_no_role(nlp: Language, text: str, name: str) -> None:
    """An ordinal, a superlative, a comparative or "only"/"same" before the noun."""
    assert roles_in(nlp, text)[name] is None


def test_plain_copula_still_gives_a_role(nlp: Language) -> None:
    """ "Ann Vell is the chief executive of Acme" still gives her post."""
    assert roles_in(nlp, "Ann Vell is the chief executive of Acme.")["Ann Vell"] == (
        "chief executive of Acme"
    )


def test_degree_word_of_a_compound_is_no_ranking(nlp: Language) -> None:
    """ "higher" of "higher education minister" qualifies "education", not her."""
    text = "Ann Vell was a higher education minister."
    assert roles_in(nlp, text)["Ann Vell"] == "higher education minister"


def test_graded_adjective_is_a_judgement(nlp: Language) -> None:
    """ "a relatively new nurse": an adverb grading the adjective makes it a judgement."""
    assert roles_in(nlp, "Ann Vell is a relatively new nurse.")["Ann Vell"] is None


def test_adverb_before_a_participle_keeps_the_post(nlp: Language) -> None:
    """ "a newly elected mayor" still says she is a mayor."""
    assert roles_in(nlp, "Ann Vell is a newly elected mayor.")["Ann Vell"] == "elected mayor"


def test_degree_word_inside_a_hyphened_compound_is_no_ranking(nlp: Language) -> None:
    """ "lower" of "lower-court judge" qualifies the court the compound names, not her."""
    assert roles_in(nlp, "Ann Vell is a lower-court judge.")["Ann Vell"] == "lower-court judge"


def test_only_as_an_adverb_of_the_copula_keeps_the_post(nlp: Language) -> None:
    """ "is only a junior clerk": "only" limits the claim, it singles out no noun."""
    assert roles_in(nlp, "Tom Ames is only a junior clerk.")["Tom Ames"] == "junior clerk"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ames is Britain's longest-serving police chief.",
        "Tom Ames, who is Britain's longest-serving police chief, said he would retire.",
        "Tom Ames is the county's oldest judge.",
    ],
)
def test_record_of_a_place_before_a_title_is_a_role(nlp: Language, text: str) -> None:
    """A superlative a place's possessive bounds, before a title, names a record holder."""
    role = roles_in(nlp, text)["Tom Ames"]
    assert role is not None and role.endswith(("police chief", "oldest judge"))


def test_record_of_a_person_or_a_generic_noun_is_no_role(nlp: Language) -> None:
    """ "his oldest friend" and "the world's richest woman" still rank, saying no post."""
    assert roles_in(nlp, "Tom Ames is his oldest friend.")["Tom Ames"] is None
    assert roles_in(nlp, "Ann Vell is the world's richest woman.")["Ann Vell"] is None
