"""A description that reports, after the words it reports, what the named person did is
who told of them, not the person: "Roe had a key, the detective said"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Corin Blake, 52, was held on Monday. Corin Blake had a spare key to the house,"
            " the detective said.",
            "Corin Blake",
        ),
        (
            "Elspeth Varga was charged on Friday. Elspeth Varga had hidden the jewels in a"
            " boot, the shop owner added.",
            "Elspeth Varga",
        ),
    ],
)
def test_the_source_of_a_report_naming_them_is_someone_else(
    nlp: Language, text: str, name: str
) -> None:
    """The teller of a report that names the person by name is not that person."""
    assert roles_in(nlp, text)[name] is None
