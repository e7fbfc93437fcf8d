"""A bare "the report" speaks for the writer most earlier mentions of that word name."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_report_is_the_one_the_story_keeps_crediting() -> None:
    """'a report by X ... its report ... a Y report ... the report reads': X's, not Y's."""
    text = (
        "A report by the Halden Institute found that the toll was unfair. In its long "
        "report, the Halden Institute said drivers paid too much.\n\n"
        "Corvel Ltd posted a notice on its official website page about the toll.\n\n"
        "Last year a Brisk Media report claimed the bridge was unsafe.\n\n"
        "'Commuters pay for a road they barely drive on,' the report reads."
    )
    assert speakers(text) == [("Commuters pay for a road they barely drive on", "Halden Institute")]


def test_two_reports_by_two_writers_leave_the_report_unattributed() -> None:
    """'a report by X ... a report by Y ... the report reads': either may be meant."""
    text = (
        "A report by the Halden Institute found that the toll was unfair.\n\n"
        "Last year a report by Brisk Media claimed the bridge was unsafe.\n\n"
        "'Commuters pay for a road they barely drive on,' the report reads."
    )
    assert speakers(text) == [("Commuters pay for a road they barely drive on", None)]


def test_a_study_brought_in_just_before_is_the_report_meant() -> None:
    """'a report by Y ... its report ... A study by X found ... the report said': X's."""
    text = (
        "A report by Brisk Media found that the toll was unfair. In its report, Brisk Media "
        "said drivers paid too much.\n\n"
        "A study by the Halden Institute looked at nine bridges across the region.\n\n"
        "'Commuters pay for a road they barely drive on,' the report said."
    )
    assert speakers(text) == [("Commuters pay for a road they barely drive on", "Halden Institute")]
