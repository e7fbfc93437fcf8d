"""A "he" after a sentence that opens on a phrase and puts its subject after "be"."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_he_refers_to_the_name_after_an_inverted_be() -> None:
    """'Among the buyers to have backed Mr Vane's dairy is Colm Rafferty, ... He said' is his."""
    text = (
        "Tobias Vane makes cheese in Harwick. Among the buyers to have backed Mr Vane's "
        "dairy is Colm Rafferty, who ran a hotel kitchen in Kelby. In a note to the growers, "
        'he said: "It was the finest cheddar on the tables this year."'
    )
    assert speakers(text) == [
        ("It was the finest cheddar on the tables this year.", "Colm Rafferty")
    ]


def test_a_person_subject_before_be_keeps_the_sentence() -> None:
    """'After the fair, Mr Vane was the winner' is about Mr Vane, not the name after "be"."""
    text = (
        "Colm Rafferty judged the county fair in Harwick. After the fair, Tobias Vane was "
        'the talk of the town. Later he told the fair newsletter: "I never expected to win."'
    )
    assert speakers(text) == [("I never expected to win.", "Tobias Vane")]
