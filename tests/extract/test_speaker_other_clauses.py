"""A quote after a colon in a clause that another subject's clause leads into with "but"."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_the_clause_after_but_gives_the_speaker() -> None:
    """'I suggested ..., but Quillby was adamant: ‘...’': Quillby's words, not the writer's."""
    text = (
        "The council met on Monday to discuss the bridge.\n\n"
        "I suggested a new toll for the bridge, but Harriet Quillby was adamant: "
        "‘Only money from the county budget.’"
    )
    assert speakers(text) == {"Only money from the county budget.": "Harriet Quillby"}


def test_the_clause_after_and_gives_the_speaker() -> None:
    """'We asked ..., and Brannock was firm: ‘...’': Brannock's words, not ours."""
    text = (
        "Dorrick Brannock has run the ferry company in Wellsby for twenty years.\n\n"
        "We asked him about the fares, and Brannock was firm: "
        "‘Nobody will pay more next summer.’"
    )
    assert speakers(text) == {"Nobody will pay more next summer.": "Dorrick Brannock"}
