"""The pronoun search and sentences that go on about the pronoun's person: one that names
no one but has the pronoun's own possessive ("It was his plan") is not counted against
the sentences the search may read back; and "says teacher and trader Tom Ames" gives Ames."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_sentence_with_his_and_no_name_does_not_end_the_search() -> None:
    """Sentences with "his" and no name go on about Mr Ames, so "he" is still him."""
    # 'Mr Ames ... It was his plan. ... Later his boat sank. "...," he said'.
    text = (
        "Mr Tom Ames opened the new ferry pier in Norport on Monday.\n\n"
        "It was his plan from the start. The pier cost more than planned. "
        "Later his old boat sank. The council paid for the steel.\n\n"
        "'We got there in the end,' he said."
    )
    assert speakers(text)[-1][1] == "Tom Ames"


def test_sentences_without_it_still_end_the_search() -> None:
    """Without "his", sentences about other people end the search: "he" has no speaker."""
    # "he" may be one of them, someone the search has not met. (Sentences only about things are read
    # past: test_referent_impersonal_sentences.)
    text = (
        "Mr Tom Ames opened the new ferry pier in Norport on Monday.\n\n"
        "Engineers called it a plan from the start. The pier cost more than planned. "
        "Later a fisherman lost an old boat. Councillors paid for the steel.\n\n"
        "'We got there in the end,' he said."
    )
    assert speakers(text)[-1][1] is None


def test_a_noun_subject_of_saying_with_a_name_gives_the_name() -> None:
    """ "'...,' says retired teacher and businessman Tom Ames" before "he says" is Ames."""
    # The subject noun of saying carries the name in its phrase.
    text = (
        "'The dumping had to stop,' says retired teacher and businessman Tom Ames, who "
        "runs the campaign.\n\n"
        "The neighbours agreed.\n\n"
        "'I paid for most of the cameras myself,' he says."
    )
    assert speakers(text)[-1][1] == "Tom Ames"
