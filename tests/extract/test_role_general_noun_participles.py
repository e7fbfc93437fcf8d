"""A general noun for a person set off after a name keeps the participle that says who."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Rolf Tamm, the man appointed to run the port, said it would reopen.",
            "Rolf Tamm",
            "man appointed to run the port",
        ),
        (
            "Later she met Sela Dunn, the woman controversially put in charge of the ferry "
            "timetable.",
            "Sela Dunn",
            "woman controversially put in charge of the ferry timetable",
        ),
        (
            "The mayor was joined by Oskar Pell and Dita Vorn, the woman quietly put in "
            "charge of the tram budget by the council.",
            "Dita Vorn",
            "woman quietly put in charge of the tram budget by the council",
        ),
        (
            "The mayor was greeted at the quay by Ivo Pell and Sela Dunn, the woman quietly "
            "put in charge of ferry planning by the council.",
            "Sela Dunn",
            "woman quietly put in charge of ferry planning by the council",
        ),
    ],
)
def test_participle_after_general_noun(nlp: Language, text: str, name: str, expected: str) -> None:
    """ "the man appointed to ..." says who someone is; "man" alone says nothing."""
    assert roles_in(nlp, text)[name] == expected
