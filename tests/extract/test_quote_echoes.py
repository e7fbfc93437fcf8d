"""A quote with no speaker whose words a quote with a speaker holds is that speaker's."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_lead_words_take_the_speaker_of_the_full_quote() -> None:
    """Words given early with no speaker are the words of who says them in full later."""
    text = (
        "The harbour at Norport faces ‘a long climb back to where it was’ after the storm.\n\n"
        "The quays were shut for a week and two boats sank.\n\n"
        "Ann Vell, who runs the harbour board, said: ‘This is a long climb back to where it "
        "was before the storm, and we will need help.’"
    )
    found = speakers(text)
    assert found["a long climb back to where it was"] == "Ann Vell"


def test_later_words_take_the_speaker_of_the_earlier_quote() -> None:
    """Words quoted again after the full quote, with no speaker, are still its speaker's."""
    text = (
        "Tom Roke said: ‘The new ferry is far too small for the winter crossings.’\n\n"
        "Islanders have long asked for a bigger boat.\n\n"
        "The ferry, ‘far too small for the winter crossings’, sails from Tarland each day."
    )
    found = speakers(text)
    assert found["far too small for the winter crossings"] == "Tom Roke"


def test_three_words_held_by_a_verb_of_saying_take_the_speaker() -> None:
    """'Experts warned the town was ‘losing its nerve’': three words a verb holds count."""
    text = (
        "Experts warned the town council was ‘losing its nerve’ over the bypass.\n\n"
        "Jo Ames, a planner, said: ‘I fear the council is losing its nerve on this road.’"
    )
    found = speakers(text)
    assert found["losing its nerve"] == "Jo Ames"


def test_three_words_no_verb_holds_stay_unattributed() -> None:
    """A three-word phrase no verb holds may be a stock phrase anyone quotes: no speaker."""
    text = (
        "Every shop in Tarland has ‘keep your distance’ painted on its door.\n\n"
        "Jo Ames, a nurse, said: ‘Please keep your distance from others in the queue.’"
    )
    found = speakers(text)
    assert found["keep your distance"] is None


def test_words_two_speakers_said_stay_unattributed() -> None:
    """When quotes of two different speakers hold the words, neither is chosen."""
    text = (
        "The bypass is ‘a road to nowhere at all’, say its critics.\n\n"
        "Ann Vell said: ‘It is a road to nowhere at all.’\n\n"
        "Tom Roke said: ‘I agree that it is a road to nowhere at all, and a costly one.’"
    )
    found = speakers(text)
    assert found["a road to nowhere at all"] is None


def test_three_words_naming_a_noun_are_no_quote() -> None:
    """'the ‘shut the gates’ order': words set before a noun name it and are no one's quote."""
    # See `quote_modifiers`; whoever says them elsewhere.
    text = (
        "Experts said the ‘shut the gates’ order kept visitors away from Tarland all summer.\n\n"
        "Jo Ames, the mayor, said: ‘We had to shut the gates to keep Tarland safe.’"
    )
    found = speakers(text)
    assert "shut the gates" not in found
