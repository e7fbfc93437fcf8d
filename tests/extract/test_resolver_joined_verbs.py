"""A verb of saying joined by "and" that the parser hung on a clause inside the sentence
("... waited for the inquiry to end and admitted, ‘...’") is said by the sentence's
speaker, not by the thing that clause is about."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_and_admitted_hung_on_a_clause_about_a_thing() -> None:
    """'Vell said he waited for the inquiry to end and admitted, ‘...’' is Vell's."""
    text = (
        "Tom Vell has broken his silence over the scandal.\n\n"
        "Mr Vell said he had stayed quiet while he waited for the inquiry to end and "
        "admitted, ‘I have lost the trust of my team.’"
    )
    assert speakers(text) == [("I have lost the trust of my team.", "Tom Vell")]


def test_a_person_in_the_clause_before_and_still_speaks() -> None:
    """'Lee said she stayed until an officer arrived and shouted: ‘...’' is the officer's."""
    text = (
        "Ann Lee was arrested at the march in Kelby.\n\n"
        "Ms Lee said she stayed until an officer arrived and shouted: "
        "‘Move back now, all of you.’"
    )
    assert speakers(text) == [("Move back now, all of you.", None)]
