"""Whom "him" or "her" refers back to when a paper or an agency quotes them."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_quoted_him_is_read_back_as_he() -> None:
    """ "the Courier quoted him as saying" is the man named before, not the paper quoting him."""
    text = (
        "Tom Ames left the Kelby board on Friday after nine years.\n\n"
        "The Courier quoted him as saying: "
        "'The yard needs fresh hands and I am glad to step aside.'"
    )
    assert speakers(text)[-1] == (
        "The yard needs fresh hands and I am glad to step aside.",
        "Tom Ames",
    )


def test_quoted_her_after_the_quote_is_read_back_as_she() -> None:
    """A quote the Ledger "quoted her as saying" is the woman's who spoke just before."""
    text = (
        "Ann Vell, the Norport harbour chief, said on Monday the port would reopen.\n\n"
        "'We will be ready within the week,' the Ledger quoted her as saying."
    )
    assert speakers(text)[-1] == ("We will be ready within the week", "Ann Vell")


def test_quoted_him_of_an_unnamed_spokesman_is_nobody() -> None:
    """ "him" after an unnamed spokesman is that spokesman, whom no name gives."""
    text = (
        "A spokesman for the harbour pilots promised a swift reply on Monday.\n\n"
        "'We will not be pushed around,' the Harbour Gazette quoted him as saying."
    )
    assert speakers(text)[-1] == ("We will not be pushed around", None)
