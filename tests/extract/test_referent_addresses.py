""" "No 10" and "Number 10", the head of government's office named by its house number, speak
as a body: before a spokes noun, after "a spokesman for", or as the subject itself."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

LEAD = "Ministers will look again at the limits on garden parties next month.\n\n"


def test_a_house_number_before_a_spokes_noun_speaks() -> None:
    """'a No 10 spokesman said: ...' is the words of No 10."""
    text = LEAD + (
        "Several councils have asked for clearer guidance on numbers. Yesterday a No 10 "
        "spokesman said: ‘We will look at the evidence and set out any changes in due course.’"
    )
    assert speakers(text) == [
        ("We will look at the evidence and set out any changes in due course.", "No 10")
    ]


def test_a_spokeswoman_for_number_ten_and_her_pronoun_speak_for_it() -> None:
    """'A spokeswoman for Number 10 said ... She added ...': both are Number 10's."""
    text = LEAD + (
        "Several councils have asked for clearer guidance on numbers. A spokeswoman for "
        "Number 10 said: ‘We will look at the evidence.’ She added: ‘Nothing has been "
        "decided yet.’"
    )
    assert speakers(text) == [
        ("We will look at the evidence.", "Number 10"),
        ("Nothing has been decided yet.", "Number 10"),
    ]


def test_the_house_number_as_subject_speaks() -> None:
    """'No 10 said: ...' is the office's words."""
    text = LEAD + (
        "Several councils have asked for clearer guidance on numbers. No 10 said: ‘We will "
        "set out any changes in due course.’"
    )
    assert speakers(text) == [("We will set out any changes in due course.", "No 10")]


def test_a_source_there_and_a_rank_in_lower_case_name_no_body() -> None:
    """'a No 10 source' is someone unnamed; 'at number 10 in the list' is a rank."""
    source = LEAD + "Later a No 10 source said: ‘Nobody wants to ban barbecues.’"
    assert speakers(source) == [("Nobody wants to ban barbecues.", None)]
    rank = (
        "A striker has climbed the scoring charts this season.\n\n"
        "Kit Varley now sits at number 10 in the list of scorers. The club said: ‘He has "
        "worked hard for this.’"
    )
    assert speakers(rank) == [("He has worked hard for this.", None)]
