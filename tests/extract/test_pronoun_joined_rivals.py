"""A pronoun or a description read back to a sentence about two people alike, each the
subject of a clause joined by "and" or both of one subject joined by "and": when nothing
tells them apart, no one speaks rather than a guess."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_two_women_as_subjects_of_joined_clauses_give_no_speaker() -> None:
    """ "Ms Wren Hale ran the stall, and Mrs Oona Pike took the money. '...,' she said": nobody."""
    text = (
        "The fair in Dunmere closed early.\n\n"
        "Ms Wren Hale ran the stall, and Mrs Oona Pike took the money. "
        '"Nobody wanted cake in that heat," she said.'
    )
    assert speakers(text)[-1][1] is None


def test_joined_clauses_with_only_one_of_the_sex_keep_the_speaker() -> None:
    """ "Mr Ivo Hale ran the stall, and Mrs Oona Pike took the money. '...,' she said": Pike."""
    text = (
        "The fair in Dunmere closed early.\n\n"
        "Mr Ivo Hale ran the stall, and Mrs Oona Pike took the money. "
        '"Nobody wanted cake in that heat," she said.'
    )
    assert speakers(text)[-1][1] == "Oona Pike"


def test_a_joint_subject_gives_the_description_no_speaker() -> None:
    """ "Dr Wren Hale and Dr Oona Pike met the board. '...,' the doctor said": either one."""
    text = (
        "The clinic in Dunmere will merge with its neighbour.\n\n"
        "Dr. Wren Hale and Dr. Oona Pike met the board on Monday. "
        '"Patients will see one team from now on," the doctor said.'
    )
    assert speakers(text)[-1][1] is None
