"""Which people "he" and "she" can be when titles disagree about someone's sex."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_surname_titled_as_a_man_and_a_woman_is_no_one() -> None:
    """'Mr. Vance' and 'Ms. Vance', each written twice or more and merged into Nora Vance,
    are two people: "he" after 'Mr. Vance wrote' is not Nora Vance, and no one else is
    named to take it."""
    text = (
        "Nora Vance called the police on a man in the park last May.\n\n"
        "Mr. Vance, a keen birdwatcher, filmed the encounter on his phone. "
        "Ms. Vance later apologised. Ms. Vance has since left the city.\n\n"
        "Mr. Vance wrote a book about it. 'It is not about one day in the park,' he said."
    )
    assert speakers(text)[-1] == ("It is not about one day in the park", None)


def test_a_title_of_the_other_sex_once_is_a_slip() -> None:
    """One 'Ms. Vance' among many 'Mr. Vance' is a slip of the pen: "he" is still him."""
    text = (
        "Transport minister Carl Vance faced questions on Monday.\n\n"
        "Mr. Vance told the committee the trains were full. Mr. Vance added that fares "
        "would rise. Ms. Vance said the review would finish in May.\n\n"
        "'We will not cut the late trains,' he said."
    )
    assert speakers(text)[-1] == ("We will not cut the late trains", "Carl Vance")
