"""Quote marks set slightly wrong still pair: a mark spaced off its words, a plural
possessive before the closing mark, a possessive in a speech that runs over paragraphs,
and a straight single quote nested in a double-quoted one in a text of doubles."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_spaced_mark_after_a_dash_opens_a_quote() -> None:
    """ "... the crew - ' Please look again.'": a mark between spaces after a dash opens."""
    text = (
        "'We searched the whole ward,' Nell Varga said.\n\n"
        "She had one message for the crew - ' Please look again. Look everywhere.'"
    )
    assert texts(text) == ["We searched the whole ward", "Please look again. Look everywhere."]


def test_a_spaced_left_mark_after_a_comma_closes_the_open_quote() -> None:
    """‘... last year, ‘ she said. ‘...’: a spaced left mark in an open quote closes it."""
    text = (
        "‘It was not the best year for the Tarnby rowing club, ‘ Nell Varga said. "
        "‘But the new boat has given everyone a lift.’"
    )
    assert texts(text) == [
        "It was not the best year for the Tarnby rowing club",
        "But the new boat has given everyone a lift.",
    ]


def test_a_spaced_close_before_a_middle_attribution_joins_the_two_parts() -> None:
    """‘... club, ‘ she said, ‘but ...’: one quote in two parts, as with a mark set right."""
    text = (
        "‘It was not the best year for the Tarnby rowing club, ‘ Nell Varga said, "
        "‘but the new boat has given everyone a lift.’"
    )
    assert texts(text) == [
        "It was not the best year for the Tarnby rowing club, but the new boat has given"
        " everyone a lift."
    ]


def test_a_spaced_left_mark_after_a_stop_opens_a_quote() -> None:
    """‘...,’ he grins. ‘ And if ...': a spaced left mark with no quote open opens one."""
    text = (
        "‘Watch my hands on the rope,’ Ivo Renn grins, waving. "
        "‘ And if you let go, you will fall in the river.’"
    )
    assert texts(text) == [
        "Watch my hands on the rope",
        "And if you let go, you will fall in the river.",
    ]


def test_a_plural_possessive_before_a_comma_does_not_close_the_quote() -> None:
    """'... the neighbours', not his.': the possessive's mark is not the quote's close."""
    text = (
        "'Whoever complained should be ashamed. The choice was the neighbours', not his,' "
        "Nell Varga said. 'He loves that old van.'"
    )
    assert texts(text) == [
        "Whoever complained should be ashamed. The choice was the neighbours', not his",
        "He loves that old van.",
    ]


def test_a_possessive_after_a_stop_in_a_speech_that_runs_on_does_not_close() -> None:
    """‘Yes,’ he said. ‘We kept the Pikes’ records ...¶‘...’: one speech over paragraphs."""
    text = (
        "‘It has been wonderful,’ Ivo Renn said. ‘We kept the Pikes’ records on the "
        "jukebox for thirty years.\n\n"
        "‘Nobody ever asked us to change them.’"
    )
    assert texts(text) == [
        "It has been wonderful",
        "We kept the Pikes’ records on the jukebox for thirty years. Nobody ever asked us"
        " to change them.",
    ]


def test_a_straight_single_quote_nested_in_doubles_does_not_close_the_speech() -> None:
    """ "... thinking, 'What if?'¶"...": the inner quote's close leaves the speech open."""
    text = (
        '"He saved us," Nell Varga said. "I keep thinking, \'What if he was asleep?\'\n\n'
        '"I cannot stop shaking after the storm."'
    )
    assert texts(text) == [
        "He saved us",
        "I keep thinking, 'What if he was asleep?' I cannot stop shaking after the storm.",
    ]


def test_a_right_mark_before_a_paragraphs_first_word_opens() -> None:
    """¶”Fear. ...,” she wrote and ¶’Due to ...,’: nothing is open there to close."""
    text = (
        "Readers wrote to the Tarnby paper.\n\n"
        "”Fear. I am afraid the old bridge will close,” Ann Vell wrote.\n\n"
        "’Due to the flood, we shut the road for a week,’ the council said."
    )
    assert texts(text) == [
        "Fear. I am afraid the old bridge will close",
        "Due to the flood, we shut the road for a week",
    ]


def test_a_right_mark_before_an_ellipsis_opening_a_paragraph_opens() -> None:
    """¶” … what I learned ...,” he said: a quote taken up mid-sentence opens there."""
    text = "” … what I learned from the Tarnby families is that words matter,” Ivo Renn said."
    assert texts(text) == ["… what I learned from the Tarnby families is that words matter"]


def test_a_year_after_a_mark_opening_a_paragraph_stays_an_apostrophe() -> None:
    """¶’90s bands ...: the mark before a year's two digits is no opening one."""
    text = "‘We loved it,’ Ann Vell said.\n\n’90s bands played at the Tarnby pier, she said."
    assert texts(text) == ["We loved it"]


def test_a_quote_inside_a_speech_that_runs_on_nests() -> None:
    """‘... said, ‘I saw you.’ That is ...¶‘...’: the inner close leaves the speech open."""
    text = (
        "‘One lady said, ‘I saw you in 1976 and I will see you again.’ That is what it "
        "means to people.\n\n"
        "‘The fans of the Tarnby band are loyal,’ Ray Dobb said."
    )
    assert texts(text) == [
        "One lady said, ‘I saw you in 1976 and I will see you again.’ That is what it means"
        " to people. The fans of the Tarnby band are loyal"
    ]


def test_a_mark_closing_before_the_writers_words_still_ends_the_speech() -> None:
    """'I did it 'cos I could,' he said.¶'...': 'cos is no quote, so the close is the speech's."""
    text = "'I did it 'cos I could,' Ray Dobb said.\n\n'Nobody else in Tarnby was going to do it.'"
    assert texts(text) == [
        "I did it 'cos I could",
        "Nobody else in Tarnby was going to do it.",
    ]
