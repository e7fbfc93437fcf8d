"""A body the NER missed, named as the subject of "said", is whom "a council spokesman" means."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_council_spokeswoman_after_a_missed_council_speaks_for_it() -> None:
    """'Eastwick Borough Council said ... A council spokeswoman said: "..."' gives the council."""
    text = (
        "Mum's fury as council leaves family in mouldy flat for two years\n\n"
        "A mother-of-three says her children have been left sick by black mould in their council"
        " flat, two years after she first complained.\n\n"
        "Kayleigh Drummond, 29, lives with her sons in a two-bedroom flat in Eastwick. Her mother,"
        " Pauline Drummond, 54, says the boys are constantly ill.\n\n"
        '"The youngest has been in hospital twice with his chest," she said. "Nobody listens'
        ' until something terrible happens."\n\n'
        'Eastwick Borough Council said it was "urgently reviewing" the case. A council'
        ' spokeswoman said: "We are sorry for the upset and a surveyor will call this week."'
    )
    assert speakers(text)[-1] == (
        "We are sorry for the upset and a surveyor will call this week.",
        "Eastwick Borough Council",
    )
