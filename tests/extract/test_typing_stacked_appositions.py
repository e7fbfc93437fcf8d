"""Entity typing from an apposition: only the first one set off after a name describes it."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_later_apposition_describes_the_noun_before_it(nlp: Language) -> None:
    """ "Tomas Verlund, a member of the council, the group of nine who run it": a member."""
    text = (
        "The visit by Tomas Verlund, a member of the Harlow Party's council, the elite group "
        "of nine men who run the city, was the first in years."
    )
    kinds = labelled_kinds(nlp, text, [("Tomas Verlund", "PERSON"), ("Harlow Party", "ORG")])
    assert kinds.get("Tomas Verlund") == "person"


def test_a_first_apposition_of_a_body_still_makes_a_body(nlp: Language) -> None:
    """ "Brenna Vale, a private school in the hills": the first apposition names a school."""
    text = "The children go to Brenna Vale, a private school in the hills, every weekday."
    kinds = labelled_kinds(nlp, text, [("Brenna Vale", "PERSON")])
    assert kinds.get("Brenna Vale") == "organization"
