"""A plural possessive in the first sentence of a speech that flattened copy runs on in
one line: the mark after the "s" closes nothing (`quote_word_ends`)."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_possessive_in_a_flattened_speech_keeps_its_first_sentence() -> None:
    """said: 'The Pelhams' goats ... all night. 'We ...': the first sentence stays quoted."""
    text = (
        "Mrs Orlov said: 'The Pelhams' goats wander into our garden every single night. "
        "'We have asked them nicely more than once.'"
    )
    assert texts(text) == [
        "The Pelhams' goats wander into our garden every single night. "
        "We have asked them nicely more than once."
    ]


def test_a_closed_name_before_and_still_closes() -> None:
    """...: 'tired old crows' and then ...: a mark before "and" still closes the quote."""
    text = (
        "She had three words for the pair: 'tired old crows' and then she walked out. "
        "'It was rude of me,' she said later."
    )
    assert texts(text) == ["tired old crows", "It was rude of me"]
