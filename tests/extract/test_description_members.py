"""A description by a people or a party ("the Vermont Democrat said", "the Canadian said")
refers back to the person just before, as "the lanky professor" does; a collective
("the French said") names no one."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_party_member_refers_to_the_subject_before() -> None:
    """ "Leader Tom Ames blamed the press. '...,' the Vermont Democrat said" is Ames."""
    text = (
        "Senate Minority Leader Tom Ames blamed the press for the losses at the port.\n\n"
        '"The press took a few words out of context and ran with them," '
        "the Vermont Democrat said."
    )
    assert speakers(text)[-1][1] == "Tom Ames"


def test_a_member_of_a_people_refers_to_the_subject_before() -> None:
    """ "Tom Ames said ... '...,' the Canadian said" is Ames."""
    text = (
        "Tom Ames said the port would reopen in the spring.\n\n"
        '"Ask them what they want from the port this year," the Canadian said.'
    )
    assert speakers(text)[-1][1] == "Tom Ames"


def test_the_subject_before_must_be_a_person() -> None:
    """ "The port reopened. '...,' the Democrat said": the port is no one, so nobody."""
    text = (
        "The port at Norport reopened in the spring after a long winter.\n\n"
        '"Ask them what they want from the port this year," the Democrat said.'
    )
    assert speakers(text)[-1][1] is None


def test_a_people_as_a_whole_names_no_one() -> None:
    """ "Tom Ames spoke. '...,' the French said": a collective, not Ames."""
    text = (
        "Tom Ames said the port would reopen in the spring.\n\n"
        '"No more talks about the port this year," the French said.'
    )
    assert speakers(text)[-1][1] is None
