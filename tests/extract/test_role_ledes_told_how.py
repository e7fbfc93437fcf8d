"""A lede's teller who tells of themselves ("A vet has told how she ...") is the one the
story names next; an unnamed source telling of something else is not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "A vet has told how she crawled into a storm drain to rescue a puppy. Fenella"
            " Arkwright, 34, heard whimpering as she walked her dog.",
            "Fenella Arkwright",
            "vet, 34",
        ),
        (
            "A mother has described how she fought off a burglar with a frying pan. Nadia"
            " Collins, 29, was alone at home.",
            "Nadia Collins",
            "mother, 29",
        ),
    ],
)
def test_a_teller_of_their_own_story_is_named_next(
    nlp: Language, text: str, name: str, expected: str
) -> None:
    """ "has told how she": the teller is the subject of the story, named next."""
    assert roles_in(nlp, text)[name] == expected


def test_a_source_telling_of_something_else_is_no_one_named(nlp: Language) -> None:
    """ "A spokesman has told how the firm would cut jobs": an unnamed source."""
    found = roles_in(
        nlp,
        "A spokesman has told how the firm would cut jobs. Fenella Arkwright, 34, said she"
        " was worried.",
    )
    assert found["Fenella Arkwright"] is None
