"""Verbless labels before a colon that name whose reply a quote is: "Her reply: '...'"."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_a_possessive_reply_label_gives_the_quote_to_its_owner() -> None:
    """ "Harwick's curt reply: '...'" after a question put to Harwick is Harwick's answer."""
    text = (
        "Councillor Bryn Harwick was asked on Monday whether the depot in Saltmere would close."
        "\n\n"
        "Harwick's curt reply: ‘Not while I sit on this council.’"
    )
    assert speakers(text) == {"Not while I sit on this council.": "Bryn Harwick"}


def test_a_reply_from_a_body_gives_the_quote_to_the_body() -> None:
    """ "The response from Quarrel Freight: '...'" is the company's words."""
    text = (
        "Drivers at Quarrel Freight walked out on Tuesday over the new rota in Saltmere.\n\n"
        "The response from Quarrel Freight: “We do not comment on staff matters.”"
    )
    assert speakers(text) == {"We do not comment on staff matters.": "Quarrel Freight"}


def test_a_label_with_a_verb_is_left_to_the_verb() -> None:
    """ "Nobody at the depot read Harwick's reply: '...'" has a verb: no label gives it Harwick."""
    text = (
        "Councillor Bryn Harwick wrote to the depot staff in Saltmere on Monday.\n\n"
        "Nobody at the depot has yet read Harwick's reply: ‘The depot stays open for now.’"
    )
    assert speakers(text) != {"The depot stays open for now.": "Bryn Harwick"}
