"""A job told by a verb: one whose doer has a noun is written with the noun; "in charge of"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Mo Farrant, who heads the Ferrymen's Guild, warned of strikes next month.",
            "Mo Farrant",
            "head of the Ferrymen's Guild",
        ),
        (
            "Dev Ashani, who owns Quayside Bikes, said thefts had doubled.",
            "Dev Ashani",
            "owner of Quayside Bikes",
        ),
        (
            "Petra Wolde, who founded the Open Kitchen charity in 2009, handed out meals.",
            "Petra Wolde",
            "founder of the Open Kitchen charity",
        ),
        # a verb with its particle: "set up" is founded
        (
            "Oliver Trent, who set up app maker Brightloop in 2014, was found to have lied.",
            "Oliver Trent",
            "founder of app maker Brightloop",
        ),
    ],
)
def test_job_written_with_its_doer(nlp: Language, text: str, name: str, expected: str) -> None:
    """ "who heads X", "who owns X", "who founded X": head, owner, founder of X."""
    assert roles_in(nlp, text)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tomas Reyna, who owns shares in the club, did not attend.", "Tomas Reyna"),
        ("Iris Penhale, who is leading calls for a new bridge, met the minister.", "Iris Penhale"),
    ],
)
def test_no_body_to_head_or_own(nlp: Language, text: str, name: str) -> None:
    """Shares owned or calls led are no body someone is the owner or leader of."""
    assert roles_in(nlp, text)[name] is None


def test_post_told_by_what_someone_is_in_charge_of(nlp: Language) -> None:
    """ "who was in charge of the night shift at the clinic": that is her post."""
    text = "Dr Nadia Orsk, who was in charge of the night shift at the clinic, said she was tired."
    assert roles_in(nlp, text)["Nadia Orsk"] == "in charge of the night shift at the clinic"
