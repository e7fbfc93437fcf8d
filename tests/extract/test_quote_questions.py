"""A quote after the writer's own question goes on in the words of the speaker before it;
after a sentence about someone else it does not."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

LEAD = (
    "Rep. Mara Quill of Pellham said on Monday that her office is drafting a bill. "
    "“Our aim is to keep every promise we made,” she said, noting that voters hold "
    "“great sway over what happens” in the capital. "
)


def test_a_question_about_things_leads_to_the_same_speakers_answer() -> None:
    """'"...," she said. And if the standoff drags on? "..."' is still her answer."""
    text = (
        LEAD + "And if the standoff drags into the new session? “I would rather not think of it.”"
    )
    assert speakers(text)[-1] == ("I would rather not think of it.", "Mara Quill")


def test_a_sentence_about_another_person_stops_the_speaker() -> None:
    """'Her rival then stood up. "..."' may be the rival's words: no speaker."""
    text = LEAD + "Her rival then stood up. “I would rather not think of it at all.”"
    assert speakers(text)[-1] == ("I would rather not think of it at all.", None)


def test_a_question_about_a_person_stops_the_speaker() -> None:
    """'Would her rival agree? "..."' may lead to the rival's answer: no speaker."""
    text = LEAD + "Would her rival agree? “I would rather not think of it at all.”"
    assert speakers(text)[-1] == ("I would rather not think of it at all.", None)


def test_a_body_named_in_the_question_does_not_stop_the_speaker() -> None:
    """'And if the standoff drags into the new Assembly?' names a body only as a place the
    standoff reaches: the answer is still hers."""
    text = (
        LEAD + "And if the standoff drags into the new Assembly? “I would rather not think of it.”"
    )
    assert speakers(text)[-1] == ("I would rather not think of it.", "Mara Quill")


def test_a_question_about_a_body_stops_the_speaker() -> None:
    """'Would the council agree? "..."' may lead to the council's answer: no speaker."""
    text = LEAD + "Would the council agree? “I would rather not think of it at all.”"
    assert speakers(text)[-1] == ("I would rather not think of it at all.", None)
