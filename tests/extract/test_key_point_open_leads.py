"""A lead that opens a quotation the next sentence closes: summary and first key point."""

from __future__ import annotations

import pytest

from generator.extract.nlp import load_nlp
from generator.extract.summary import digest

_REST = (
    "\n\nThe clip was filmed at a village fete in the summer.\n\n"
    "Within a day it had been watched by more than a million people.\n\n"
    "Organisers of the fete have since asked him to open next year's show."
)


def test_the_summary_drops_a_quotation_the_lead_leaves_open() -> None:
    """The summary drops a quotation the lead leaves open; the first point finishes it."""
    # The first point is the whole lead with the quotation finished by the next sentence.
    lead = (
        "A retired baker from Hollin Vale became an online hero after a clip of him was "
        "shared with the message: 'Watch this man juggle eggs on a bicycle. Nothing will "
        "top it this year.'"
    )
    story = digest(load_nlp()(lead + _REST))
    assert story.summary == (
        "A retired baker from Hollin Vale became an online hero after a clip of him was "
        "shared with the message."
    )
    assert story.key_points[0] == lead
    assert "The clip was filmed at a village fete in the summer." in story.key_points


def test_a_lead_that_brings_in_speech_keeps_it_finished() -> None:
    """A lead that only brings a quotation in ("... said: '") is the summary with it finished."""
    lead = (
        "The mayor of Hollin Vale said: 'We have never seen a crowd like it. The whole "
        "valley came out to cheer him on.'"
    )
    story = digest(load_nlp()(lead + _REST))
    assert story.summary == lead
    assert story.key_points[0] == "The clip was filmed at a village fete in the summer."


@pytest.mark.parametrize(
    ("lead", "statement"),
    [
        (
            "The owner of a Hollin Vale bakery has closed the shop after forty years, "
            "telling regulars: 'I cannot find anyone to take it on. My knees have had "
            "enough.'",
            "The owner of a Hollin Vale bakery has closed the shop after forty years.",
        ),
        (
            'The harbour master of Port Arvel shut the marina on Friday, saying "the '
            'moorings are not safe in this wind. Nobody should sail until it drops."',
            "The harbour master of Port Arvel shut the marina on Friday.",
        ),
        (
            "The head of Kelby Grammar has banned phones from lessons, writing to parents: "
            "'Pupils cannot learn with a screen in their hand. They will get them back at "
            "the gate.'",
            "The head of Kelby Grammar has banned phones from lessons.",
        ),
    ],
)
def test_a_participle_of_saying_goes_with_the_speech_it_brings_in(
    lead: str, statement: str
) -> None:
    """A deed, then speech brought in by a participle: the deed is the summary."""
    # Participles such as ", telling ...", ", saying", ", writing to ...".
    story = digest(load_nlp()(lead + _REST))
    assert story.summary == statement
    assert story.key_points[0] == lead


@pytest.mark.parametrize(
    ("lead", "statement"),
    [
        (
            "A beekeeper has told how she was chased half a mile along a canal towpath by "
            "an angry swarm: 'They were in my hair and up my sleeves. I ran faster than I "
            "have in my life.'",
            "A beekeeper has told how she was chased half a mile along a canal towpath by "
            "an angry swarm.",
        ),
        (
            "A lorry driver from Kelby has described how he steered his burning cab off a "
            "crowded bypass before jumping clear: 'There was no time to be frightened. I "
            "just kept thinking of the school bus behind me.'",
            "A lorry driver from Kelby has described how he steered his burning cab off a "
            "crowded bypass before jumping clear.",
        ),
    ],
)
def test_a_verb_of_saying_with_its_own_clause_is_a_statement(lead: str, statement: str) -> None:
    """A verb of saying with its own clause before the quotation is the summary's statement."""
    # "has told how she was chased ...: '..."
    story = digest(load_nlp()(lead + _REST))
    assert story.summary == statement
    assert story.key_points[0] == lead


def test_a_verb_of_saying_with_only_its_hearers_brings_the_speech_in() -> None:
    """ "told members on Monday: '..." only brings the quotation in: the summary finishes it."""
    lead = (
        "The chairman of the Hollin Vale allotment society told members on Monday: 'We "
        "will not give up a single plot. The council can take us to court.'"
    )
    story = digest(load_nlp()(lead + _REST))
    assert story.summary == lead
    assert story.key_points[0] == "The clip was filmed at a village fete in the summer."
