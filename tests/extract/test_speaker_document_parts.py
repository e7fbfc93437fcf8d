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
