"""A speaker brought in as "one <noun>" and named a paragraph or two on, with that noun as
role, is that person, as with "a <noun>"."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_one_chemist_named_in_the_next_paragraph_is_that_chemist() -> None:
    """'One Kelby University chemist said' then 'Professor Jo Ames, a chemist at Kelby,
    added' gives both quotes to Jo Ames."""
    text = (
        "One Kelby University chemist said: ‘The plan is a disgrace.’\n\n"
        "Professor Jo Ames, a chemist at Kelby, added: ‘We were never asked.’"
    )
    assert speakers(text) == [
        ("The plan is a disgrace.", "Jo Ames"),
        ("We were never asked.", "Jo Ames"),
    ]


def test_one_surgeon_named_two_paragraphs_on_is_that_surgeon() -> None:
    """'‘...,’ one senior surgeon said' with 'Consultant surgeon Ann Roke' two paragraphs
    on is Ann Roke's."""
    text = (
        "‘The wards are running on empty,’ one senior surgeon said.\n\n"
        "The trust cut two theatres in May.\n\n"
        "Consultant surgeon Ann Roke told the Ledger the waiting list had doubled."
    )
    assert speakers(text) == [("The wards are running on empty", "Ann Roke")]
