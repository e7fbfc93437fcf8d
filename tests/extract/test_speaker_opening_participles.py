"""A participle opening the sentence, which the parser made the subject of the verb of saying."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_the_name_after_an_opening_participle_speaks() -> None:
    """'Responding for the Greens, Shadow Roads Secretary Ann Roke, MP for Tarland, said'."""
    text = (
        "Two army bases near Tarland will close. Responding for the Greens, Shadow Roads "
        'Secretary Ann Roke, MP for Tarland, said the ministry was "wise to sell its land".'
    )
    assert speakers(text) == {"wise to sell its land": "Ann Roke"}


def test_a_pronoun_after_the_named_quote_goes_on() -> None:
    """The next sentence's 'she warned' then finds the speaker the first quote named."""
    text = (
        "Two army bases near Tarland will close. Responding for the Greens, Shadow Roads "
        'Secretary Ann Roke, MP for Tarland, said the ministry was "wise to sell its land". '
        'But she warned the closures would leave families facing "years of worry".'
    )
    assert speakers(text)["years of worry"] == "Ann Roke"
