"""A possessive title said to draw viewers, top the box office, air or be a work names no one:
"Mrs Pettle's Lads"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import entity_kinds

#: (story, name asked about, whether it is a person of the story).
_CASES = [
    (
        "Mrs Pettle's Lads drew nine million viewers on Sunday, the broadcaster said. "
        "The comedy returns next year, said producer Tamsyn Tolling.",
        "Pettle",
        False,
    ),
    (
        "Mrs Pettle's Lads was the most watched programme on Sunday, said producer Tamsyn Tolling.",
        "Pettle",
        False,
    ),
    (
        "Tamsyn Rook's Diary topped the UK box office for a second week. Renee Quell returns "
        "as the heroine, said Tamsyn Tolling.",
        "Tamsyn Rook",
        False,
    ),
    (
        "Mrs Pettle's Lads aired on Sunday night, said producer Tamsyn Tolling.",
        "Pettle",
        False,
    ),
    # An owner who shares a town's name is still only a title's word.
    (
        "Mrs Kendal's Lads drew nine million viewers on Sunday, said producer Tamsyn Tolling.",
        "Kendal",
        False,
    ),
    # A possessive the owner's own: a chancellor's budget draws critics, not viewers.
    (
        "Mr Quennell's Budget drew criticism from business leaders, said Tamsyn Tolling.",
        "Quennell",
        True,
    ),
]


@pytest.mark.parametrize(("text", "name", "person"), _CASES)
def test_a_possessive_title_of_a_show_names_no_one(
    nlp: Language, text: str, name: str, person: bool
) -> None:
    """ "Mrs Pettle's Lads drew nine million viewers": a show; "Mr Quennell's Budget": his."""
    assert (entity_kinds(nlp, text).get(name) == PERSON) == person
    assert entity_kinds(nlp, text).get("Tamsyn Tolling") == PERSON
