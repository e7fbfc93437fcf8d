"""Descriptions by a standing ("the candidate", "the businessman") after a person whose
stated role is an office: news calls a senator who runs for office "the candidate", so
the office does not rule the person out as it rules out "the minister"."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_candidate_after_a_senator_is_the_senator() -> None:
    """'Sen. Alma Treddick toured ... "...," the candidate said' gives Treddick."""
    text = (
        "Sen. Alma Treddick toured four dairy farms in western Wisconsin on Friday.\n\n"
        '"Rural towns have been ignored for far too long," the candidate said at a '
        "feed store in Menomonie."
    )
    assert speakers(text)[-1][1] == "Alma Treddick"


def test_the_businessman_after_a_councillor_is_the_councillor() -> None:
    """'Councillor Bram Osterly ... "...," the businessman told reporters' gives Osterly."""
    text = (
        "Councillor Bram Osterly unveiled plans for a covered market on the old bus depot "
        "site on Thursday.\n\n"
        '"The town deserves somewhere to shop that is not a car park," the businessman '
        "told reporters."
    )
    assert speakers(text)[-1][1] == "Bram Osterly"


def test_an_office_noun_after_another_office_is_still_no_one() -> None:
    """'Union boss Jo Kesterly spoke ... "...," the minister said' stays unresolved."""
    # An office the person is not stated to hold is someone else.
    text = (
        "Union boss Jo Kesterly spoke at the rally outside the depot on Tuesday.\n\n"
        '"We will look at every proposal put to us," the minister said.'
    )
    assert speakers(text)[-1][1] != "Jo Kesterly"
