"""A description the text stated as one person's role refers to that person ("Margaret
Hill, a pensioner, ... the pensioner said"), and to no one when two share it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_noun_of_a_stated_role_refers_back_past_other_subjects() -> None:
    """'the pensioner said' after sentences about a car is the one stated pensioner."""
    text = (
        "Margaret Hill, a pensioner from Kelby, was hit by a car on Monday.\n\n"
        "The car had been stolen an hour earlier.\n\n"
        "‘I feel lucky to be alive,’ the pensioner said."
    )
    assert speakers(text) == [("I feel lucky to be alive", "Margaret Hill")]


def test_a_role_with_a_place_after_its_noun() -> None:
    """'Tom Ames, a teacher at Kelby High, ... the teacher said' is Tom Ames."""
    text = (
        "Tom Ames, a teacher at Kelby High, has won a national prize.\n\n"
        "The prize is worth £10,000 and is given every year.\n\n"
        "‘I am stunned,’ the teacher said."
    )
    assert speakers(text) == [("I am stunned", "Tom Ames")]


def test_a_role_two_people_hold_names_nobody() -> None:
    """Two stated pensioners leave 'the pensioner said' unattributed."""
    text = (
        "Margaret Hill, a pensioner, and her neighbour Joan Ray, also a pensioner, were "
        "hit by a car.\n\n"
        "The car had been stolen an hour earlier.\n\n"
        "‘I did not see it coming,’ the pensioner said."
    )
    assert speakers(text) == [("I did not see it coming", None)]


def test_a_noun_with_a_word_the_role_lacks_is_someone_else() -> None:
    """'the head teacher said' is not Tom Ames, a teacher."""
    text = (
        "Tom Ames, a teacher at Kelby High, has won a national prize.\n\n"
        "The prize is worth £10,000 and is given every year.\n\n"
        "‘We are so proud of him,’ the head teacher said."
    )
    assert speakers(text) == [("We are so proud of him", None)]


def test_a_noun_no_role_gives_is_no_one_stated() -> None:
    """'the driver said' after a stated pensioner is someone the text does not name."""
    text = (
        "Margaret Hill, a pensioner from Kelby, was hit by a car on Monday.\n\n"
        "The car had been stolen an hour earlier.\n\n"
        "‘I did not see her,’ the driver said."
    )
    assert speakers(text) == [("I did not see her", None)]
