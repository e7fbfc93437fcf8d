"""A description after where someone is from is theirs, however the town is labelled."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_description_after_a_home_town_read_as_a_name(nlp: Language) -> None:
    """ "Mike Danner, 52, from Hull, a father of three," with "Hull" read as a person."""
    text = "Mike Danner, 52, from Hull, a father of three, lost his job."
    assert roles_in(nlp, text)["Mike Danner"] == "father of three, 52"
