"""A place written after the name of a governor or lawmaker is where the office is held."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_governor_of_a_state_named_after_the_name(nlp: Language) -> None:
    """ "Gov. Wendell Prask of Oaxaca" is the Governor of Oaxaca."""
    text = "Gov. Wendell Prask of Oaxaca vetoed the water bill on Thursday."
    assert roles_in(nlp, text)["Wendell Prask"] == "Governor of Oaxaca"


def test_a_lawmaker_of_a_state_is_from_it(nlp: Language) -> None:
    """ "Sen. Corinne Albee of Zacatecas" is the Senator from Zacatecas."""
    text = "Sen. Corinne Albee of Zacatecas said the farm bill had no chance this year."
    assert roles_in(nlp, text)["Corinne Albee"] == "Senator from Zacatecas"
