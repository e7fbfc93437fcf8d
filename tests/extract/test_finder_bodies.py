"""Which words name a body as the one that speaks: the nouns news refers back to a body
by, and the subject set right before its verb when the parser gave the verb two."""

from __future__ import annotations

import pytest

from tests.extract.test_quotes import speakers


@pytest.mark.parametrize(
    ("name", "noun"),
    [
        ("The Pellham Museum", "museum"),
        ("The Dunmore Zoo", "zoo"),
        ("The Arvel Gallery", "gallery"),
        ("The Kestle Relief Fund", "fund"),
        ("The Brannock Clinic", "clinic"),
    ],
)
def test_a_definite_body_noun_refers_back_to_the_body_named(name: str, noun: str) -> None:
    """'The museum said' after 'The Pellham Museum ...': the museum named before speaks."""
    text = (
        f"{name} reopened its doors on Monday after a long closure.\n\n"
        f"The {noun} said: ‘We will welcome visitors again in small groups from today.’"
    )
    assert speakers(text) == [
        ("We will welcome visitors again in small groups from today.", name[4:])
    ]


def test_the_subject_right_before_the_verb_speaks_when_the_parser_gave_two() -> None:
    """'Quoting research by X, the PTU tweeted:': the union tweets, not the research."""
    text = (
        "Quoting research by Professor Mara Quill of Dunmore University, the PTU tweeted: "
        "‘Without strong controls, reopening will cost many lives.’"
    )
    assert speakers(text) == [("Without strong controls, reopening will cost many lives.", "PTU")]


@pytest.mark.parametrize("name", ["Oleg Vashkin", "Lena Vashkina"])
def test_a_name_set_off_after_a_role_of_a_body_is_the_holder_of_the_role(name: str) -> None:
    """'The chair of the council's Planning Committee, Cllr X, told': X speaks, not the body."""
    # The parser hangs the name on the committee, which is no person.
    text = (
        f"The chair of the Dunmore council's Planning Committee, Cllr {name}, told reporters: "
        '"The harbour will stay closed to all shipping until the spring."'
    )
    assert speakers(text) == [
        ("The harbour will stay closed to all shipping until the spring.", name)
    ]
