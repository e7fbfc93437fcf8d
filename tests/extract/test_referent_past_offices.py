"""A role noun of an office held before ("the former deputy mayor") is the one person the
narrative states held it in a past-tense clause (`referent_past_offices`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_former_office_stated_by_served_as() -> None:
    """'when Sefton served as deputy mayor' makes her 'the former deputy mayor'."""
    # Not the harbour master quoted just before.
    text = (
        "Harbour master Ken Abbot and councillor Maria Sefton walked the sea wall on Friday. "
        "Repairs were first planned in 2019, when Sefton served as deputy mayor. "
        '"It is holding," Abbot said. "We should have acted then," the former deputy mayor said.'
    )
    assert speakers(text)[-1] == ("We should have acted then", "Maria Sefton")


def test_former_office_stated_by_was() -> None:
    """'Welk was treasurer from 2012 to 2019' makes him 'the former treasurer'."""
    text = (
        "Ada Price clashed with Tom Welk on Tuesday. Welk was treasurer from 2012 to 2019. "
        'The debate was heated. "Show us the accounts," the former treasurer insisted.'
    )
    assert speakers(text)[-1] == ("Show us the accounts", "Tom Welk")
