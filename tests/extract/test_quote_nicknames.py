"""Quoted words a verb of naming gives ("known as", "nicknamed", "dubbed them") are a
nickname, not speech (`quote_nicknames`)."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_known_to_fans_as_is_a_nickname() -> None:
    """ "known to fans as ‘the Quiet Giant’": no quote, the speech beside it stays."""
    text = (
        "Orrin Vasquez, known to fans as ‘the Quiet Giant’, signed for a new club.\n\n"
        "Vasquez said: ‘This is the move I have waited for since I was a boy.’"
    )
    assert list(speakers(text)) == ["This is the move I have waited for since I was a boy."]


def test_dubbed_them_is_a_nickname() -> None:
    """ "neighbours dubbed them ‘the lollipop gang of Brindle Lane’": a name, not words."""
    text = (
        "Four pensioners who sweep the street every morning are a fixture of the village, "
        "and neighbours dubbed them ‘the lollipop gang of Brindle Lane’ last year."
    )
    assert speakers(text) == {}


def test_a_judgement_after_branded_is_still_a_quote() -> None:
    """ "branded the plan ‘...’" is the speaker's judgement in her words: kept."""
    text = "Councillor Edda Lorne branded the parking plan ‘a shambles from start to finish’."
    assert speakers(text) == {"a shambles from start to finish": "Edda Lorne"}
