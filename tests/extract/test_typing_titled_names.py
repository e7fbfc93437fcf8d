"""Works whose titles open with a person's title ("the film Mrs Harrowgate") are no people."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.labelled_kinds import labelled_kinds

#: (text, the name after its title word at each writing, whether it stays a person).
_CASES = [
    # "the horror film Mrs Harrowgate" makes "Mrs Harrowgate had beaten" the film too.
    (
        "In second place was the horror film Mrs Harrowgate, which opened on Friday. "
        "Its distributor said Mrs Harrowgate had beaten expectations.",
        "Harrowgate",
        False,
    ),
    # An animated adventure is a film, whatever its fans are called.
    (
        "The animated adventure Captain Tarnfinch topped the box office. "
        "Fans of Captain Tarnfinch will get a sequel, the studio said.",
        "Tarnfinch",
        False,
    ),
    # No noun of works before any writing: a person.
    (
        "Mrs Ellery, who runs the shop, said the film had sold out. Mrs Ellery was pleased.",
        "Ellery",
        True,
    ),
]


@pytest.mark.parametrize(("text", "name", "person"), _CASES)
def test_a_work_titled_like_a_person(nlp: Language, text: str, name: str, person: bool) -> None:
    """Every writing of a name a noun of works puts a title word into is the work."""
    labels = [(name, "PERSON")] * text.count(name)
    assert (labelled_kinds(nlp, text, labels).get(name) == PERSON) == person
