"""A role noun of an office held before ("the former deputy mayor") is the one person the
narrative states held it in a past-tense clause (`referent_past_offices`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_former_office_stated_by_serving_as() -> None:
    """'while Piet Raaf was serving as deputy mayor' makes him 'the former deputy mayor'."""
    text = (
        "Mayor Lena Hoff faced her challenger, Piet Raaf, in a televised debate on Monday "
        "night. Hoff went after the contracts Raaf's cousin won while Piet Raaf was serving "
        'as deputy mayor. "I have nothing to hide," the mayor said, before Raaf cut in. '
        '"Then publish the minutes," the former deputy mayor insisted.'
    )
    assert speakers(text)[-1] == ("Then publish the minutes", "Piet Raaf")


def test_former_office_stated_by_was() -> None:
    """'Welk was treasurer from 2012 to 2019' makes him 'the former treasurer'."""
    text = (
        "Ada Price clashed with Tom Welk on Tuesday. Welk was treasurer from 2012 to 2019. "
        'The debate was heated. "Show us the accounts," the former treasurer insisted.'
    )
    assert speakers(text)[-1] == ("Show us the accounts", "Tom Welk")
