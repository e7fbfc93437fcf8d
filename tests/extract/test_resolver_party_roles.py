"""A role noun whose phrase names an organization ("the Labour leader") is a person for
the pronoun search, not the organization, so "he" after it is the role's holder."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_he_after_the_party_leader_is_the_leader_not_the_man_before() -> None:
    """ "The Labour leader was asked ... He replies": Tom Garside, not the film maker."""
    text = (
        "Labour leader Tom Garside has toured a steelworks in Hull.\n\n"
        "Film maker Ben Ashdown was given access to Mr Garside for a month. The Labour "
        "leader was asked about the closure of the plant in 1990.\n\n"
        'He replies: "We will bring those jobs back to the town."'
    )
    assert speakers(text) == [("We will bring those jobs back to the town.", "Tom Garside")]


def test_a_role_of_a_body_no_one_is_stated_to_hold_is_read_past() -> None:
    """ "The former Red Cross nurse was speaking": no one holds it, so "she" reads on."""
    text = (
        "Health Minister Lena Corvo said two wards in the county would close in May.\n\n"
        "The former Red Cross nurse was speaking at a surgery in Derby.\n\n"
        "Asked about the staff, she said: 'Nobody here will lose a job over this.'"
    )
    assert speakers(text)[-1] == ("Nobody here will lose a job over this.", "Lena Corvo")
