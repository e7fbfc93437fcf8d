"""A quote after the writer's own question goes on in the words of the speaker before it;
after a sentence about someone else it does not."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

LEAD = (
    "Councillor Tobin Reyes spent the morning at the Harbour Road depot. "
    "“We will keep the bins running whatever the budget says,” he said after the tour. "
)


def test_a_question_about_things_leads_to_the_same_speakers_answer() -> None:
    """'"...," he said. What happens when the money runs out? "..."' is still his answer."""
    text = LEAD + "What happens when the money runs out? “Then we find it elsewhere.”"
    assert speakers(text)[-1] == ("Then we find it elsewhere.", "Tobin Reyes")


def test_a_sentence_about_another_person_stops_the_speaker() -> None:
    """'His deputy then walked in. "..."' may be the deputy's words: no speaker."""
    text = LEAD + "His deputy then walked in. “Then we find the money somewhere else.”"
    assert speakers(text)[-1] == ("Then we find the money somewhere else.", None)


def test_a_question_about_a_person_stops_the_speaker() -> None:
    """'Would his deputy agree? "..."' may lead to the deputy's answer: no speaker."""
    text = LEAD + "Would his deputy agree? “Then we find the money somewhere else.”"
    assert speakers(text)[-1] == ("Then we find the money somewhere else.", None)


def test_a_body_named_in_the_question_does_not_stop_the_speaker() -> None:
    """A body a question names only as what the cuts reach does not stop the speaker."""
    # 'Will the cuts reach the Pellham Harbour Trust?': the answer is still his.
    text = LEAD + "Will the cuts reach the Pellham Harbour Trust? “Not while I sit on this board.”"
    assert speakers(text)[-1] == ("Not while I sit on this board.", "Tobin Reyes")


def test_a_question_about_a_body_stops_the_speaker() -> None:
    """'Could the trust cope? "..."' may lead to the trust's answer: no speaker."""
    text = LEAD + "Could the trust cope? “Not while I sit on this board of ours.”"
    assert speakers(text)[-1] == ("Not while I sit on this board of ours.", None)


def test_a_question_about_people_by_a_common_noun_leads_to_the_same_speakers_answer() -> None:
    """'And if the crews refuse? "..."': people asked about by a common noun do not answer."""
    text = LEAD + "And if the crews refuse? “Then we hire new crews.”"
    assert speakers(text)[-1] == ("Then we hire new crews.", "Tobin Reyes")
