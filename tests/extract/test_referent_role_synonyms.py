"""A description in other words for a person's stated role ("the author" of a novelist)
refers back to that person (`referent_role_synonyms`)."""

from __future__ import annotations

from generator.extract.referent_role_synonyms import names_role
from tests.extract.test_quotes import speakers


def test_author_of_a_novelist() -> None:
    """'Novelist Wenna Colby ... the author said' is Colby."""
    text = (
        "Novelist Wenna Colby has finished a sequel to her lighthouse mystery.\n\n"
        "Colby, whose first book was a surprise hit, said the draft took four winters.\n\n"
        "'The ending changed on me three times,' the author said."
    )
    assert speakers(text) == [("The ending changed on me three times", "Wenna Colby")]


def test_singer_of_a_hyphened_trade() -> None:
    """'Singer-songwriter Ansel Brook ... the singer wrote' is Brook."""
    text = (
        "Singer-songwriter Ansel Brook has postponed his autumn dates in Ravensby.\n\n"
        "Brook, 36, lost his voice during a show on Friday.\n\n"
        "'Doctors have told me to stay silent for a fortnight,' the singer wrote."
    )
    assert speakers(text) == [
        ("Doctors have told me to stay silent for a fortnight", "Ansel Brook")
    ]


def test_cook_of_a_chef() -> None:
    """'Celebrity chef Idris Marl ... the cook told' is Marl."""
    text = (
        "Celebrity chef Idris Marl is to shut his seafront bistro in Garrowby.\n\n"
        "Marl blamed the cost of fish and a lack of kitchen staff.\n\n"
        "'Every week we lose a little more,' the cook told the paper."
    )
    assert speakers(text) == [("Every week we lose a little more", "Idris Marl")]


def test_a_noun_of_another_trade_names_no_role() -> None:
    """'the author' is no word for a chef, a hyphened part matches, a plain word too."""
    assert not names_role("author", "Celebrity chef")
    assert names_role("singer", "Singer-songwriter, 33")
    assert names_role("host", "Television presenter")
