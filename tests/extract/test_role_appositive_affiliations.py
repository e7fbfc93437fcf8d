"""A post set off before the name keeps the body named right after the name ("His lawyer,
Jo Roe of Vance & Pell," is a lawyer of Vance & Pell; `roles._with_affiliation`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_post_before_the_comma_takes_the_body_after_the_name(nlp: Language) -> None:
    """ "His lawyer, Tobin Rusk of Vance & Pell," is a lawyer of Vance & Pell."""
    text = "His lawyer, Tobin Rusk of Vance & Pell, said his client would appeal."
    assert roles_in(nlp, text)["Tobin Rusk"] == "lawyer of Vance & Pell"


def test_a_home_after_the_name_is_no_body(nlp: Language) -> None:
    """ "Her mother, Ann Vellacott of Leeds,": Leeds is where she lives, not whom she is with."""
    text = "Her mother, Ann Vellacott of Leeds, said she was proud of her."
    assert roles_in(nlp, text)["Ann Vellacott"] == "mother"
