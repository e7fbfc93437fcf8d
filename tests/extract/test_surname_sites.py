"""A site whose name ends in someone's surname stays a site; a person's full name still links."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import entity_kinds

SPOKE = ' on Friday. "It was a wonderful night," Lord Vellgate said.'


@pytest.mark.parametrize(
    ("site", "text"),
    [
        ("Royal Norport Vellgate", "The orchestra played at the Royal Norport Vellgate" + SPOKE),
        ("Norport Vellgate", "The band played at Norport Vellgate" + SPOKE),
    ],
)
def test_a_site_is_no_person_with_a_lords_surname(nlp: Language, site: str, text: str) -> None:
    """ "the X" or "at X" writes a site, however often "Lord <its last word>" speaks."""
    assert entity_kinds(nlp, text).get(site) != "person"


def test_a_possessor_after_at_with_a_title_on_its_surname_stays_a_person(nlp: Language) -> None:
    """ "at Dana Whitlow's home" is a possessor, not a site: "Ms Whitlow" still names her."""
    kinds = entity_kinds(
        nlp,
        "The meeting was held at Dana Whitlow's home in Norport. Ms Whitlow said it went well.",
    )
    assert kinds.get("Dana Whitlow") == "person"
