"""A main subject that is the pronoun's own thing ("His reports ... were ...") is about
the person the pronoun refers to, as a subject "he" would be: the reading back goes on
past it, not to the one other person that sentence names."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_his_reports_to_another_man_leave_he_to_the_writer() -> None:
    """'His reports to the manager, Tom Vell, ... he wrote' is the writer, not the manager."""
    text = (
        "Peter Keel never hid how highly he rated his own talent. His reports from the "
        "tour to the orchestra's manager, Tom Vell, were full of praise for himself. "
        '"No conductor alive could have got more from that band," he wrote.'
    )
    assert speakers(text)[-1] == (
        "No conductor alive could have got more from that band",
        "Peter Keel",
    )
