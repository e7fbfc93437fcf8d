"""Which people "he" and "she" can be when titles disagree about someone's sex."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_surname_titled_as_a_man_and_a_woman_is_no_one() -> None:
    """'Mr. Vance' and 'Ms. Vance' merged into Jo Vance are two people: "he" is not Jo Vance."""
    # Each is written twice or more; "he" after 'Mr. Vance wrote' is not Jo Vance, and no one else
    # is named to take it.
    text = (
        "Jo Vance runs the bakery on Mill Street with her husband.\n\n"
        "Mr. Vance bakes the bread and Ms. Vance keeps the books. "
        "Ms. Vance opened a second shop in June.\n\n"
        "Mr. Vance wrote a cookbook last year. 'It took me ten years,' he said."
    )
    assert speakers(text)[-1] == ("It took me ten years", None)


def test_a_title_of_the_other_sex_once_is_a_slip() -> None:
    """One 'Ms. Vance' among many 'Mr. Vance' is a slip of the pen: "he" is still him."""
    text = (
        "Transport minister Carl Vance faced questions on Monday.\n\n"
        "Mr. Vance told the committee the trains were full. Mr. Vance added that fares "
        "would rise. Ms. Vance said the review would finish in May.\n\n"
        "'We will not cut the late trains,' he said."
    )
    assert speakers(text)[-1] == ("We will not cut the late trains", "Carl Vance")
