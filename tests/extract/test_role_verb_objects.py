"""A preposition after a name that is a verb's object goes with the verb ("pulled Ellie Marsh
from the river"), so it names no body the person is with."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_from_after_an_object_is_no_affiliation(nlp: Language) -> None:
    """ "pulled Ellie Marsh from the River Kell": the river is where from, not her role."""
    text = "A constable pulled Ellie Marsh from the River Kell in January."
    assert roles_in(nlp, text)["Ellie Marsh"] is None


def test_of_after_a_subject_is_an_affiliation(nlp: Language) -> None:
    """ "Jane Roe of the Acme Institute said": a subject's body is still her role."""
    text = "Jane Roe of the Acme Institute said the figures were wrong."
    assert roles_in(nlp, text)["Jane Roe"] == "of the Acme Institute"
