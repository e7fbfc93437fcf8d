"""A writing that finds: its finding is in the words of the writer its phrase names."""

from __future__ import annotations

from tests.extract.test_quotes import speakers as quote_speakers


def speakers(text: str) -> dict[str, str | None]:
    """Quote text -> speaker name of every quote of an article given as text."""
    return dict(quote_speakers(text))


def test_a_report_by_a_body_that_found_gives_the_body() -> None:
    """'A report by the Tarrow Water Board found ‘...’': the board's words."""
    text = (
        "A report by the Tarrow Water Board found that the pumps at the east works were "
        "‘badly kept and a risk to staff’."
    )
    assert speakers(text) == {"badly kept and a risk to staff": "Tarrow Water Board"}


def test_the_review_a_body_published_finds_in_its_words() -> None:
    """'Hollin Trust published its review. The review found ‘...’': the trust's words."""
    text = (
        "The Hollin Trust published its yearly review of the wards on Monday.\n\n"
        "The review found that nurses on night shifts were ‘stretched far too thin’."
    )
    assert speakers(text) == {"stretched far too thin": "Hollin Trust"}
