"""The owner an "its" before a role stands for: a body, never a thing that holds no post."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_its_of_a_thing_names_no_owner(nlp: Language) -> None:
    """ "A study later praised its chairman": the role keeps no "of A study"."""
    text = (
        "Vellcorp sold its mill in May. A study later praised its chairman, Tom Ames, for the sale."
    )
    assert roles_in(nlp, text)["Tom Ames"] == "chairman"


def test_its_of_a_body_names_it(nlp: Language) -> None:
    """ "Vellcorp opened its books when its chairman ...": the chairman is Vellcorp's."""
    text = "Vellcorp opened its books when its chairman, Tom Ames, said the firm was sound."
    assert roles_in(nlp, text)["Tom Ames"] == "chairman of Vellcorp"
