"""A photo caption with no stop, which the parser runs into the next paragraph's sentence,
is no subject of that paragraph's verb of saying."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_caption_naming_the_speaker_leaves_the_pronoun_its_antecedent() -> None:
    """'X, 58, keeps goats. / X with one of her goats / "...," she said.' is X's quote."""
    text = (
        "Wilma Trask, 58, has kept goats for thirty years.\n\n"
        "Wilma Trask with one of her goats in Devon\n\n"
        "‘You never stop learning with goats,’ she said."
    )
    assert speakers(text) == [("You never stop learning with goats", "Wilma Trask")]


def test_a_caption_between_two_quotes_does_not_end_the_speech() -> None:
    """A caption between a speaker's first quote and 'he said' leaves the next quote his."""
    text = (
        "Ahmed Rahimi, 39, has driven a black cab for eighteen years. ‘I took the test "
        "three times.\n\n"
        "Ahmed Rahimi with one of his cabs in Leeds\n\n"
        "‘You never stop learning the streets,’ he said."
    )
    assert speakers(text)[-1] == ("You never stop learning the streets", "Ahmed Rahimi")
