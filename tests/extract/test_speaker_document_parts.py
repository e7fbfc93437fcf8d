"""A part of a writing speaks for the writing: "a passage from the report said" gives the
words of whoever wrote or issued the report."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_paragraph_from_a_handbook_speaks_for_its_publisher() -> None:
    """'A paragraph from the handbook ... said': the body that published the handbook."""
    text = (
        "The advice appeared in a student handbook published by Kelby Academy of Music.\n\n"
        "A paragraph from the handbook, titled 'Safety', said the main cause was "
        "'the student's own carelessness'."
    )
    assert speakers(text) == [("the student's own carelessness", "Kelby Academy of Music")]


def test_a_passage_in_a_report_speaks_for_its_author() -> None:
    """'A passage in the report read': the report's author speaks."""
    text = (
        "Tarnbury Water Board published a report on the burst mains in March.\n\n"
        "A passage in the report read: 'Every pipe under the old town needs replacing.'"
    )
    quote = "Every pipe under the old town needs replacing."
    assert speakers(text) == [(quote, "Tarnbury Water Board")]


def test_a_writing_from_an_unknown_sender_is_no_earlier_writers() -> None:
    """'The tweet, from Tam Q, claimed' after a report by Kestrel Media: not Kestrel's."""
    text = (
        "A report by Kestrel Media said the firm had removed 900 groups.\n\n"
        "On Monday, the video site removed a false post about hospital figures.\n\n"
        "The tweet, from Tam Q, falsely claimed that the agency had updated its numbers, "
        "since ‘the other 94% had other illnesses.’"
    )
    assert speakers(text) == [("the other 94% had other illnesses.", None)]


def test_a_study_named_last_is_the_report_that_speaks() -> None:
    """'a report ... a study by Hale Institute ... the report said': the latest writing's."""
    text = (
        "The Tarn Budget Board released its report on transit spending in May.\n\n"
        "A study by the Hale Institute looked at 13 transit projects in the region.\n\n"
        "‘It is striking how little oversight these schemes receive,’ the report said."
    )
    quote = "It is striking how little oversight these schemes receive"
    assert speakers(text) == [(quote, "Hale Institute")]
