"""A quote split by its attribution mid-sentence ("“We are sorry,” she said, “but ...”")
stays one quote when the second part opens the next paragraph."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_sentence_split_by_its_attribution_over_a_paragraph_break_is_one_quote() -> None:
    """“We want to apologise,” she said,¶“but we stand by ...”: one quote in two parts."""
    text = (
        "Ann Vell spoke to reporters.\n\n“We want to apologise to the fans,” she said,\n\n"
        "“but we stand by every word of the report.”\n\nThe club declined to comment."
    )
    assert texts(text) == [
        "We want to apologise to the fans, but we stand by every word of the report."
    ]


def test_a_new_sentence_in_the_next_paragraph_stays_a_quote_of_its_own() -> None:
    """“We want to apologise,” she said.¶“But ...”: the attribution ended its sentence."""
    text = (
        "“We want to apologise to the fans,” she said.\n\n"
        "“But we stand by every word of the report.”"
    )
    assert texts(text) == [
        "We want to apologise to the fans",
        "But we stand by every word of the report.",
    ]
