"""Two nouns for people before two names joined by "and": one noun each, in order."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Husband and wife Tom and Ann Vell run the bakery on Mill Lane.", "Husband", "wife"),
        ("Brother and sister Tom and Ann Vell opened a shop in Norport.", "Brother", "sister"),
    ],
)
def test_each_name_takes_its_own_noun(nlp: Language, text: str, first: str, second: str) -> None:
    """The first noun is the first name's role, the second noun the second name's."""
    roles = roles_in(nlp, text)
    assert roles.get("Tom Vell") == first
    assert roles.get("Ann Vell") == second


def test_one_title_before_two_names_is_untouched(nlp: Language) -> None:
    """A single title before a pair of names is not split."""
    roles = roles_in(nlp, "He met actor Tom Ames and Ann Vell in Norport.")
    assert roles.get("Tom Ames") == "actor"
