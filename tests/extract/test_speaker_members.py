"""One of a body's many people is not the body speaking: "one Kelby College fellow said"."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_one_fellow_of_a_college_is_not_the_college() -> None:
    """'One Kelby College fellow said: ‘...’' names no one: a fellow, not the college."""
    text = (
        "Kelby College changed its rules for students on Monday.\n\n"
        "One Kelby College fellow said: ‘The plan is a mistake for the students.’"
    )
    assert speakers(text) == {"The plan is a mistake for the students.": None}


def test_the_body_itself_still_speaks() -> None:
    """'Kelby College said: ‘...’' is the college's own voice."""
    text = (
        "Kelby College changed its rules for students on Monday.\n\n"
        "Kelby College said: ‘The new rules will make the campus safer for everyone.’"
    )
    assert speakers(text) == {
        "The new rules will make the campus safer for everyone.": "Kelby College"
    }


def test_a_writing_of_the_body_is_its_words() -> None:
    """'A Kelby College advert said: ‘...’' is the college's writing, so its words."""
    text = (
        "Kelby College changed its rules for students on Monday.\n\n"
        "A Kelby College advert said: ‘Most students broke the old rules every week.’"
    )
    assert speakers(text) == {"Most students broke the old rules every week.": "Kelby College"}


def test_a_don_of_a_university_is_not_the_university() -> None:
    """'A Tarnby University don said: ‘...’' names no one: a don the role lists lack."""
    text = (
        "Tarnby University cut its library hours on Monday.\n\n"
        "A Tarnby University don said: ‘The cuts will hurt the poorest students most.’"
    )
    assert speakers(text) == {"The cuts will hurt the poorest students most.": None}
