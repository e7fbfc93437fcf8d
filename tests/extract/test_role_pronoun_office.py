"""An office said of "he" or "she" right after the one person named."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_office_said_of_a_pronoun(nlp: Language) -> None:
    """ "She is the Danish trade minister" after "Lena Marsh": her office, though definite."""
    text = (
        "Lena Marsh flew into Oslo on Tuesday for two days of talks.\n\n"
        "She is the Danish trade minister and has led the talks since May."
    )
    assert roles_in(nlp, text)["Lena Marsh"] == "Danish trade minister"
