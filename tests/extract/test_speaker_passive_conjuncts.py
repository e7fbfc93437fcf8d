"""Verbs of saying joined to another verb that the parse gives the wrong subject: an
active one joined by "but"/"and" to a passive verb shares its subject ("Lee was sacked by
the club but said: '...'" is Lee's; the noun after "by" only did the sacking), and a
second participle of saying joined to a verb inside what the first reports goes on with
the first's subject ("saying that X should '...' and later claiming that she '...'")."""

from __future__ import annotations

import pytest

from tests.extract.test_quotes import speakers

#: (text, its last quote's speaker)
JOINED = [
    # a passive with an agent
    (
        "Coach Dana Whitlow was sacked by chairman Ivo Brandt on Monday but said: "
        "'I have no regrets about the way we played.'",
        "Dana Whitlow",
    ),
    # a perfect passive with an agent
    (
        "Manager Peter Dorsey has been impressed by striker Alan Kallu in training but "
        "admitted: 'He still has a lot to learn about this league.'",
        "Peter Dorsey",
    ),
    # a passive without an agent
    (
        "Midfielder Rob Kehoe has been linked with a move to Carbridge but insisted: "
        "'I am happy where I am.'",
        "Rob Kehoe",
    ),
    # a second participle of saying after a named subject of what the first reports
    (
        "Broadcaster Colin Maddern was unrepentant on Tuesday. He raised the stakes, first "
        "saying that Lucy Averell should 'stop whining' and later claiming that she 'had "
        "never worked a night shift'.",
        "Colin Maddern",
    ),
    # the same past a plural subject
    (
        "Deputy mayor Ross Keble went further, first saying that the contractors should "
        "'pick up the pace' and then suggesting that they 'have been asleep on the job'.",
        "Ross Keble",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), JOINED)
def test_the_joined_verb_has_the_right_sayer(text: str, speaker: str) -> None:
    """The last quote is said by the subject the joined verb of saying shares."""
    assert speakers(text)[-1][1] == speaker


def test_a_passive_verb_of_saying_keeps_its_agent() -> None:
    """'The plan was described by Ann Vell as ...': the agent still says it."""
    text = "The plan was described by councillor Ann Vell as 'a waste of good money'."
    assert speakers(text) == [("a waste of good money", "Ann Vell")]
