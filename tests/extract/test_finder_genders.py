"""A "he" in a sentence about a woman's son or husband is his, not hers: it must not make
her a man whose "she said" no longer fits."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_pronoun_for_a_named_kinsman_does_not_vote_on_the_woman() -> None:
    """Quill said her son ... he ...; Quill recalls her husband ... he ...: she still says."""
    text = (
        "Mara Quill runs a bakery in Pellham. Mara Quill said her son was nine when he first"
        " baked bread. Mara Quill recalls that her husband hoped he would become a chef."
        " ‘It was the happiest kitchen in town,’ she said."
    )
    assert speakers(text) == [("It was the happiest kitchen in town", "Mara Quill")]


def test_a_pronoun_with_no_kinsman_still_votes() -> None:
    """Two sentences of one name and "he" alone still make the man no "she"."""
    text = (
        "Tom Verrow runs a bakery in Pellham. Tom Verrow said he was nine when he first baked"
        " bread. Tom Verrow recalls that he hoped to become a chef."
        " ‘It was the happiest kitchen in town,’ she said."
    )
    assert speakers(text) == [("It was the happiest kitchen in town", None)]
