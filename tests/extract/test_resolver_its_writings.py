"""A writing owned by "its" ("the trust warns in its annual report") was written by the
body "its" refers back to, which a later "the report stated" names as the speaker."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_report_a_body_published_as_its_own() -> None:
    """'the Howard Trust warns in its annual report ... ‘...,’ the report stated' is the trust's."""
    text = (
        "Prisons are too crowded to be safe, the Howard Trust warns in its annual report.\n\n"
        "‘Nothing has changed in ten years,’ Tom Vell, a former governor, told the BBC.\n\n"
        "Kelby jail holds twice the inmates it was built for.\n\n"
        "Staff shortages mean some wings are locked all day.\n\n"
        "The Ministry of Justice is building two new jails.\n\n"
        "Ann Lee, a former inmate, spent six years in Kelby.\n\n"
        "‘In most prisons, inmates spend 22 hours a day in their cells,’ the report stated."
    )
    assert speakers(text)[-1] == (
        "In most prisons, inmates spend 22 hours a day in their cells",
        "Howard Trust",
    )


def test_its_after_a_thing_names_no_writer() -> None:
    """'The bill passed its second reading ... ‘...,’ the report said': no writer named."""
    text = (
        "The bill passed its second reading on Monday.\n\n"
        "‘The measures are long overdue,’ the report said."
    )
    assert speakers(text) == [("The measures are long overdue", None)]
