"""Who "it" is when it speaks in a writing of its own or tells someone; bodies of a state."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_it_said_in_a_letter_after_a_body_that_did_something() -> None:
    """ "Acme denied the charge. In a letter to staff, it said" is Acme, not the charge."""
    text = (
        "The Tarnby Ferry Company denied the charge on Friday.\n\n"
        'In a letter to its crews, it said: "Our boats meet every rule."'
    )
    assert speakers(text)[-1] == ("Our boats meet every rule.", "Tarnby Ferry Company")


def test_it_told_someone_after_a_body_that_did_something() -> None:
    """ "it told the Ledger" is said by the body, not the thing it did."""
    text = (
        "The Tarnby Ferry Company rejected the claim on Friday.\n\n"
        '"Our boats meet every rule," it told the Ledger.'
    )
    assert speakers(text)[-1] == ("Our boats meet every rule", "Tarnby Ferry Company")


def test_it_after_a_thing_tabled_is_still_nobody() -> None:
    """ "Acme tabled a motion. '...,' it argues": the motion may be what argues."""
    text = (
        'The Tarnby Ferry Company tabled a motion on Friday.\n\n"The fares are unfair," it argues.'
    )
    assert speakers(text)[-1] == ("The fares are unfair", None)


def test_embassy_of_a_name_is_not_that_name() -> None:
    """ "The Norport embassy said": the embassy speaks, not what the name before it names."""
    # See `speaker_state_bodies`.
    text = 'The Norport embassy said on Friday: "The report is false."'
    assert speakers(text)[-1] == ("The report is false.", "Norport embassy")


def test_it_after_a_government_the_name_qualifies_is_that_government() -> None:
    """ "The Norport government rejected ... it said": the government, not the name before it."""
    text = (
        "The Norport government rejected the claim on Friday.\n\n"
        'In a note to the press, it said: "The report is false."'
    )
    assert speakers(text)[-1] == ("The report is false.", "Norport government")
