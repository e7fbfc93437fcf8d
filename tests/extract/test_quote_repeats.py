"""Words a page prints twice (a pull quote repeating a paragraph) are two quotes: the
record keeps each printing, as a reader meets it (`quotes.extract_quotes`)."""

from __future__ import annotations

from generator.record import quotes_once
from tests.extract.test_quotes import speakers


def test_a_repeated_quote_is_kept_each_time_the_page_prints_it() -> None:
    """A paragraph printed again as a pull quote gives the same words twice."""
    text = (
        "Greta Holm, who runs the Brackwater ferry, said: 'We carried nine hundred people "
        "across the estuary on the first weekend.'\n\n"
        "The service had been closed for six years.\n\n"
        "'We carried nine hundred people across the estuary on the first weekend.'\n\n"
        "The ferry runs again next month."
    )
    words = "We carried nine hundred people across the estuary on the first weekend."
    assert [t for t, _ in speakers(text)] == [words, words]


def test_two_people_saying_the_same_short_words_keep_their_own_speakers() -> None:
    """The same few words from two people are two quotes, each with its own speaker."""
    text = (
        "Tamsin Orrell, who chairs the Kelmouth rowing club, said the new boathouse was "
        "'a long time coming' at its opening.\n\n"
        "The builder, Ferris Dunmore, said the planning wait had been 'a long time coming' "
        "for his firm as well."
    )
    assert speakers(text) == [
        ("a long time coming", "Tamsin Orrell"),
        ("a long time coming", "Ferris Dunmore"),
    ]


def test_a_reader_sees_a_repeated_quote_of_one_speaker_once() -> None:
    """The page shows one of two printings by one speaker, and both of two speakers'."""
    record = {
        "quotes": [
            {"text": "a long time coming", "speaker": "Tamsin Orrell"},
            {"text": "a long time coming", "speaker": "Ferris Dunmore"},
            {"text": "a long time coming", "speaker": "Tamsin Orrell"},
        ]
    }
    assert [q["speaker"] for q in quotes_once(record)] == ["Tamsin Orrell", "Ferris Dunmore"]
