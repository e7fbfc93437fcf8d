"""A photo caption in copy flattened from a web page (its line ending " ." with no stop
of its own) between a story's sentences: the "he"/"she" after it, and a quote with no verb
of saying after it, go on from the story, not from the person the caption names."""

from __future__ import annotations

import pytest

from generator.extract import load_nlp
from generator.extract.caption_lines import caption_line
from tests.extract.test_quotes import speakers

#: Lines of a flattened page: the byline's pieces make the text read as flattened.
BYLINE = "By . Tom Arlott . PUBLISHED: . 10:02 EST, 4 May 2014 . "

#: (story after the byline, its last quote, who says it)
PAST_CAPTIONS = [
    # "she said" after a caption naming a man
    (
        "Mayor Tilda Varga has warned that the town faces a hard winter after ministers cut "
        "its grant. Under fire: Council leader Omar Pettit, pictured outside the town hall, "
        "has refused to answer questions about the grant . 'We will not close a single "
        "library without a fight,' she said.",
        "We will not close a single library without a fight",
        "Tilda Varga",
    ),
    # "he added" after a caption naming another man
    (
        "Ashcombe felt hard done by. 'We had the better chances and did not take them,' said "
        "Ashcombe boss Carl Mayhew. Watching on: Former Rovers striker Danny Coles, pictured "
        "in the stands, was among the crowd at Elm Park . 'We will go again next week,' he "
        "added.",
        "We will go again next week",
        "Carl Mayhew",
    ),
    # a quote with no verb after a caption and a heading
    (
        "'It was a hard game but the lads never stopped running,' said Rovers manager Dean "
        "Holloway. Rovers captain Mark Tyrell sits on the bench through the opening half "
        "after being rested for the cup tie . VIDEO Tyrell eyes return . 'We have to take it "
        "one game at a time.'",
        "We have to take it one game at a time.",
        "Dean Holloway",
    ),
]


@pytest.mark.parametrize(("story", "words", "speaker"), PAST_CAPTIONS)
def test_the_story_goes_on_past_a_caption(story: str, words: str, speaker: str) -> None:
    """The last quote is the story's speaker's, not the caption's person's."""
    assert speakers(BYLINE + story)[-1] == (words, speaker)


def test_a_broken_line_is_no_caption() -> None:
    """A line the page broke inside a sentence ("He welcomed the .") or a short one is none."""
    doc = load_nlp()("He welcomed the . Business . Fans waved flags at the team bus .")
    assert [caption_line(s) for s in doc.sents] == [False, False, True]


def test_a_report_cut_before_its_quote_is_no_caption() -> None:
    """ "... later went on to claim that Ms Lee ." is cut from the words it reports: no caption."""
    doc = load_nlp()("On air the host later went on to claim that Ms Lee . 'had it coming'.")
    assert not caption_line(next(iter(doc.sents)))


def test_a_caption_may_end_in_a_number() -> None:
    """ "Rovers have dropped more points than in the whole of 2011/12 ." is a caption."""
    doc = load_nlp()("Rovers have dropped more points than in the whole of 2011/12 .")
    assert caption_line(next(iter(doc.sents)))
