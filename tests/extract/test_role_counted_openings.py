"""A hyphened parent's count opening a sentence with a capital is a title."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_capitalised_father_of_four_opening_the_sentence(nlp: Language) -> None:
    """ "Father-of-four Tom Vell, 39," read with "Father" as a proper noun is his title."""
    text = 'Father-of-four Tom Vell, 39, said: "The water came up to the sockets in an hour."'
    assert roles_in(nlp, text)["Tom Vell"] == "Father-of-four, 39"


def test_capitalised_count_without_an_age(nlp: Language) -> None:
    """The same title with no age after the name."""
    text = "Father-of-four Tom Vell said the flood had taken every photo the family owned."
    assert roles_in(nlp, text)["Tom Vell"] == "Father-of-four"
