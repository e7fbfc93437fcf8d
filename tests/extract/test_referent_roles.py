"""Role nouns with a place or party before them that refer back to a titled person."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_state_and_office_refer_to_the_senator_named_of_that_state() -> None:
    """ "the Vermont senator" is the one senator whose naming sentence gives Vermont,
    though no stated role holds "Vermont senator"."""
    text = (
        "Senator Dale Orrin of Vermont spoke to reporters on Monday after the vote.\n\n"
        "The bill now goes to the House, where its fate is unclear.\n\n"
        "'We have the numbers,' the Vermont senator said."
    )
    assert speakers(text)[-1] == ("We have the numbers", "Dale Orrin")


def test_a_place_said_of_no_holder_names_no_one() -> None:
    """A senator named with no word of the description's place is someone else."""
    text = (
        "Senator Dale Orrin spoke to reporters on Monday after the vote.\n\n"
        "The bill now goes to the House, where its fate is unclear.\n\n"
        "'We have the numbers,' the Kestrel senator said."
    )
    assert speakers(text)[-1] == ("We have the numbers", None)
