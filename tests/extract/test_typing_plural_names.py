"""A name after "the" that ends in a plural common noun is a body's, not a person's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.mentions import ORG, PERSON
from tests.extract.conftest import person_labelled_kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A regiment's plural name takes an article.
        ("The cuts threaten the Royal Marsh Lancers and two other units.", "Marsh Lancers", ORG),
        # So does a band's.
        ("Tickets for the Polar Otters sold out within an hour.", "Polar Otters", ORG),
        # A title between "the" and the name: a person.
        ("The bridge was opened by the Prime Minister Zara Woods.", "Zara Woods", PERSON),
        # A given name opens a person's name.
        ("The judge heard the Tom Woods case on Monday.", "Tom Woods", PERSON),
    ],
)
def test_plural_names_after_the(nlp: Language, text: str, name: str, kind: str) -> None:
    """A plural name after "the" is a body's unless a title or a given name says person."""
    assert person_labelled_kinds(nlp, text, [name]).get(name) == kind
