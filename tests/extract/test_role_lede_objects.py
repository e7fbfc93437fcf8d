"""A lede whose subject is no one opens on the one it acts on, named next."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police have arrested a 34-year-old teacher after a pupil was hurt in Harlow.\n\n"
            "Mark Dorrin, 34, appeared before magistrates on Monday.",
            "34-year-old teacher",
        ),
        # the clause after the noun is cut, the age set off after the name kept
        (
            "A court has jailed a drunk driver who killed a cyclist in Harlow.\n\n"
            "Mark Dorrin, 34, was sentenced to six years.",
            "drunk driver, 34",
        ),
        # what the verb clears them of is no part of who they are
        (
            "A jury has cleared a nurse of murdering three patients.\n\n"
            "Mark Dorrin, 41, wept in the dock.",
            "nurse, 41",
        ),
        # a plain "man" the police hunt may not be the one named next
        (
            "Detectives are hunting a man who attacked a pensioner in Harlow.\n\n"
            "Mark Dorrin, 34, was later arrested.",
            None,
        ),
        # a teenager is no one of 84: the one named is someone else
        (
            "Police have arrested a teenager after a pensioner was attacked in Harlow.\n\n"
            "Mark Dorrin, 84, was taken to hospital.",
            None,
        ),
    ],
)
def test_lede_object_is_the_one_named_next(nlp: Language, text: str, expected: str | None) -> None:
    """The object of a lede whose subject is no person describes the one named next."""
    assert roles_in(nlp, text)["Mark Dorrin"] == expected
