"""A "him" or "her" that is the subject of a verb of saying after a verb of seeing or
showing ("footage shows him shouting ‘...’") stands for a person as "he"/"she" would."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_footage_shows_him_shouting() -> None:
    """'The video shows him shouting ‘...’' is said by the man named before."""
    text = (
        "Dan Orme, 39, was held by guards at the depot.\n\n"
        "The video shows him shouting ‘leave me alone, all of you!’ as they pin him down."
    )
    assert speakers(text) == [("leave me alone, all of you!", "Dan Orme")]


def test_witnesses_heard_her_scream() -> None:
    """'Neighbours heard her scream ‘...’' is said by the woman named before."""
    text = (
        "Rita Gower, 70, was trapped in the flat for an hour.\n\n"
        "Neighbours heard her scream ‘somebody please help me’ from the balcony."
    )
    assert speakers(text) == [("somebody please help me", "Rita Gower")]


def test_no_person_of_that_sex_gives_no_speaker() -> None:
    """'She heard him shout ‘...’' with no man named before has no speaker."""
    text = (
        "Rita Gower was at home when the row began.\n\n"
        "She heard him shout ‘get out of my house now’ before the door slammed."
    )
    assert speakers(text) == [("get out of my house now", None)]


def test_an_object_him_is_spoken_to() -> None:
    """'An officer told him ‘...’' is not said by the man "him" stands for."""
    text = (
        "Dan Orme was stopped on the motorway.\n\n"
        "An officer told him ‘you are under arrest for speeding’."
    )
    assert speakers(text) == [("you are under arrest for speeding", None)]
