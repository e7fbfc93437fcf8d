"""The board of an organization speaks as the organization its "of" phrase names."""

from __future__ import annotations

from tests.extract.test_quotes import speakers as quote_speakers


def speakers(text: str) -> dict[str, str | None]:
    """Quote text -> speaker name of every quote of an article given as text."""
    return dict(quote_speakers(text))


def test_the_board_of_a_bank_speaks_as_the_bank() -> None:
    """'The board of Pellow Mutual said ... ‘...’': Pellow Mutual's words."""
    text = (
        "The board of Pellow Mutual said the takeover offer was ‘far below what members "
        "deserve’ and urged them to reject it."
    )
    assert speakers(text) == {"far below what members deserve": "Pellow Mutual"}


def test_an_editorial_board_speaks_as_its_paper() -> None:
    """'The editorial board of the Kesterby Clarion wrote ...': the paper's words."""
    text = (
        "The editorial board of the Kesterby Clarion wrote that the new bypass was "
        "‘a road to nowhere at a ruinous price’."
    )
    assert speakers(text) == {"a road to nowhere at a ruinous price": "Kesterby Clarion"}
