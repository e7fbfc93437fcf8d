"""Roles of people in local news: a parent and a count of children before the name, a
clause after the home town, an office with its phrase cut from the name by the parse, a
verb the parse read into an appositive, a post given "as" past a title, and a lede that
opens on someone else (session 44 probes)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in

LEDE = (
    "A nurse who ran into a burning flat to save a baby has been given a bravery award."
    "\n\nHer ward manager, Ruth Colley, said the award was deserved."
)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a parent and a count of children, no hyphens: the number ends the title
        (
            "Father of four Neil Brand, 41, said he had dived in.",
            "Neil Brand",
            "Father of four, 41",
        ),
        ("Grandmother of six Ann Toller said she was shocked.", "Ann Toller", "Grandmother of six"),
        # "who" after the home town stands for the person, never the town
        (
            "Gary Penn, 54, from Kelby, who runs the Quay Cafe, said he jumped in.",
            "Gary Penn",
            "runs the Quay Cafe, 54",
        ),
        # the parse made the office and the name two subjects of "said"
        (
            "Charity Commission director of investigations Paula Kinsey said an inquiry was open.",
            "Paula Kinsey",
            "Charity Commission director of investigations",
        ),
        # "praised staff" is what he did, read by the parse as an appositive
        ("The firm's boss, Derek Haig, praised staff.", "Derek Haig", "firm's boss"),
        # the post an appointing verb gives "as", past the title before the name
        (
            "Tarnby City have appointed former defender Cal Rudd as head coach.",
            "Cal Rudd",
            "former defender, head coach",
        ),
        # a job verb in a perfect that runs on to now is a job still held
        (
            "Neil Fenwright, who has led Brightwater Hospices for eleven years, resigned.",
            "Neil Fenwright",
            "leader of Brightwater Hospices",
        ),
        (
            "Ivy Pollard, who has run the Swan pub for ten years, said trade was down.",
            "Ivy Pollard",
            "runs the Swan pub",
        ),
        # someone told by a tie to another ("Her ward manager") is not the lede's nurse
        (LEDE, "Ruth Colley", "ward manager"),
    ],
)
def test_local_roles(nlp: Language, text: str, name: str, expected: str) -> None:
    """Each invented sentence gives the person the role the text states."""
    assert roles_in(nlp, text)[name] == expected
