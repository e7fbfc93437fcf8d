"""A role noun that names a party by its other name ("the Tory MP" of a "Conservative MP")
is the one person whose stated role holds it so (`referent_parties`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_tory_mp_is_the_conservative_mp() -> None:
    """'The Tory MP' is Nell Garvey, stated to be 'Conservative MP for Brindle'."""
    text = (
        "Nell Garvey, Conservative MP for Brindle, opposed the closure of the ward. Health "
        'chiefs said the decision was final. "Patients will travel forty miles," the Tory '
        "MP wrote in a letter to the board."
    )
    assert speakers(text)[-1] == ("Patients will travel forty miles", "Nell Garvey")


def test_gop_senator_is_the_republican_senator() -> None:
    """'The GOP senator' is Hank Ollen, stated to be 'Republican senator from Idaho'."""
    text = (
        "Hank Ollen, a Republican senator from Idaho, blocked the vote on Thursday. The "
        'bill now goes back to committee. "We need more time," the GOP senator said.'
    )
    assert speakers(text)[-1] == ("We need more time", "Hank Ollen")
