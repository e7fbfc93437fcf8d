"""A verb of saying that tells of a deed when an infinitive follows it: "agreed to free the
men" reports no words, so a quote in its clause is the one reporting it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_agreeing_to_act_reports_no_words() -> None:
    """'Vell said Norland had agreed to free them after "..."': Vell's words."""
    text = (
        "Tom Vell told MPs that Norland had agreed to free the two men after "
        '"long and difficult talks" over security.'
    )
    assert speakers(text) == [("long and difficult talks", "Tom Vell")]


def test_agreeing_to_quoted_words_still_reports_them() -> None:
    """'Vell agreed to "step aside ..."': the infinitive is his own quoted words."""
    text = 'Tom Vell agreed to "step aside for the time being" while the inquiry runs.'
    assert speakers(text) == [("step aside for the time being", "Tom Vell")]
