"""A body that a suit or charge is brought against is not the writer of the lawsuit,
complaint or indictment; the one bringing it still is."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_body_being_sued_does_not_write_the_lawsuit() -> None:
    """'Dornwick Council is being sued ... The lawsuit alleges': not the council's words."""
    # A lawsuit the council files against a bank is the council's.
    sued = (
        "Dornwick Council is being sued by a former gardener over his dismissal.\n\n"
        "The lawsuit alleges: 'The council knew of the danger and did nothing.'"
    )
    assert speakers(sued) == [("The council knew of the danger and did nothing.", None)]
    suing = (
        "Dornwick Council has filed a lawsuit against Velmont Bank over the failed loan.\n\n"
        "The lawsuit alleges: 'The bank misled the council about the risks.'"
    )
    assert speakers(suing) == [("The bank misled the council about the risks.", "Dornwick Council")]


def test_the_body_charged_does_not_write_the_indictment() -> None:
    """'Velmont Bank has been charged ... The indictment says: "..."': not the bank's."""
    text = (
        "Velmont Bank has been charged by prosecutors in Tarrow.\n\n"
        "The indictment says: 'The bank hid the money from regulators for years.'"
    )
    assert speakers(text) == [("The bank hid the money from regulators for years.", None)]
