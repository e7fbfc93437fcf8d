"""A quote inside an adverbial clause ("When X said '...', Y said ...") that has a verb
of saying of its own is that clause's subject's words, not those of the main clause's
subject, however near its verb stands."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_named_speaker_of_a_when_clause() -> None:
    """ "When Vell called the plan '...', Ames said he agreed" is Vell's."""
    text = (
        "Tom Ames met Ann Vell on Monday. When Ann Vell called the plan "
        '"a costly toy for the rich few", Tom Ames said he agreed.'
    )
    assert speakers(text) == [("a costly toy for the rich few", "Ann Vell")]


def test_clause_after_the_main_verb() -> None:
    """ "Ames said he agreed when Vell called the plan '...'" is Vell's too."""
    text = (
        "Tom Ames met Ann Vell on Monday. Tom Ames said he agreed when Ann Vell "
        'called the plan "a costly toy for the rich few".'
    )
    assert speakers(text) == [("a costly toy for the rich few", "Ann Vell")]


def test_unnamed_speaker_of_an_after_clause() -> None:
    """ "After the clerk claimed that Ames was trying to '...'" is the unnamed clerk's: nobody's."""
    # Not Ames, whom the clerk's words are about.
    text = (
        "Tom Ames met the clerk on Monday. After the clerk claimed that Tom was trying "
        'to "take my job from me", Tom said he had no such plan.'
    )
    assert speakers(text) == [("take my job from me", None)]


def test_main_clause_quote_keeps_its_speaker() -> None:
    """ "When the vote was over, Ames said: '...'" is Ames's: the clause says nothing."""
    text = (
        "Tom Ames met Ann Vell on Monday. When the vote was over, Tom Ames said: "
        '"We have won this fight for the whole town."'
    )
    assert speakers(text)[0][1] == "Tom Ames"
