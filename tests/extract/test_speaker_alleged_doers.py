"""What a writing alleges someone did and said: "The lawsuit alleges X pushed Y and told
him: '...'" gives the words to X, though the parser joins "told" to "alleges"."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_one_a_lawsuit_says_pushed_him_told_him() -> None:
    """'The lawsuit alleges Quillby pushed Farrow ... and told him: "..."': Quillby's words."""
    text = (
        "Dornwick Council is being sued by a former worker, Ned Farrow.\n\n"
        "The lawsuit alleges Harriet Quillby pushed Farrow ‘hard against the wall’ and told "
        "him: ‘Keep your mouth shut.’"
    )
    assert dict(speakers(text))["Keep your mouth shut."] == "Harriet Quillby"
