"""Posts known by their letters, as a title or after "a": "GP Ann Vell", "Jo Roe, an EMT,"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_letters_of_a_post_before_a_name(nlp: Language) -> None:
    """ "said GP Paul Hurst": a GP, as "said doctor Paul Hurst" gives a doctor."""
    assert roles_in(nlp, "‘The clinic is full,’ said GP Paul Hurst.")["Paul Hurst"] == "GP"


def test_letters_of_a_post_set_off_after_a_name(nlp: Language) -> None:
    """ "Tom Vell, an EMT, retired": an EMT."""
    text = "Tom Vell, an EMT, retired in June after thirty years on the Tarland crews."
    assert roles_in(nlp, text)["Tom Vell"] == "EMT"


def test_letters_of_a_race_are_no_one(nlp: Language) -> None:
    """ "the Tarland GP" of a race before no name gives no one a role."""
    text = "Ann Vell won the Tarland GP last year and the Lisk GP in May."
    assert roles_in(nlp, text)["Ann Vell"] is None
