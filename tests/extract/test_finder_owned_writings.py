"""A writing or message that a pronoun owns ("her latest letter reads:", "his post said:",
"her caption read:"): whoever the pronoun refers back to wrote it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_letter_that_reads_is_its_owners() -> None:
    """'Her latest letter reads: ...': the woman the letter's "her" refers back to."""
    text = (
        "Mara Quell, 34, a florist from Dunmere, has been sending letters to the council "
        "for months.\n\n"
        "She said the delays had left her business close to ruin.\n\n"
        "Her latest letter reads: \u2018I have waited nine weeks for an answer and I am "
        "still waiting.\u2019"
    )
    assert speakers(text) == [
        ("I have waited nine weeks for an answer and I am still waiting.", "Mara Quell")
    ]


def test_a_post_that_says_is_its_owners() -> None:
    """'His post said: ...': the man the post's "his" refers back to."""
    text = (
        "Dennis Arden has run the night shelter on Quay Street for a decade.\n\n"
        "His post said: \u2018We need blankets, food and volunteers before the cold "
        "comes.\u2019"
    )
    assert speakers(text) == [
        ("We need blankets, food and volunteers before the cold comes.", "Dennis Arden")
    ]


def test_a_caption_that_reads_is_its_owners() -> None:
    """'Her caption read: ...': a posted message is its owner's, like a letter."""
    text = (
        "Ruth Calder posted a photograph of her flooded kitchen on Sunday.\n\n"
        "Her caption read: \u2018Twenty years of memories, gone in one night.\u2019"
    )
    assert speakers(text) == [("Twenty years of memories, gone in one night.", "Ruth Calder")]


def test_a_caption_read_after_the_quote_is_its_owners() -> None:
    """ "'...,' her caption read.": the caption is hers, though the tagger hangs "her" on "read"."""
    text = (
        "Tamsin Orde posted a picture of the ruined greenhouse on Monday.\n\n"
        "\u2018Forty summers of tomatoes, flattened by one gale,\u2019 her caption read."
    )
    assert speakers(text) == [("Forty summers of tomatoes, flattened by one gale", "Tamsin Orde")]


def test_an_apology_that_reads_is_its_owners() -> None:
    """ "'...,' his apology read.": the man the apology's "his" refers back to."""
    text = (
        "Tom Vell was sacked last week after the row.\n\n"
        "'I am deeply sorry for the hurt I caused to everyone,' his apology read."
    )
    assert speakers(text) == [("I am deeply sorry for the hurt I caused to everyone", "Tom Vell")]


def test_an_apology_that_reads_before_a_colon_is_its_owners() -> None:
    """ "His apology read: '...'": "apology read" tagged as one noun still reports the words."""
    text = (
        "Gareth Polwick, a chef from Tolworth, closed his restaurant after the health check.\n\n"
        "His apology read: 'Every diner deserved better from my kitchen and from me.'"
    )
    assert speakers(text) == [
        ("Every diner deserved better from my kitchen and from me.", "Gareth Polwick")
    ]


def test_a_longer_owned_phrase_before_a_colon_is_its_owners() -> None:
    """ "His latest plea read: '...'": the "his" hangs on "read", before the writing."""
    text = (
        "Gareth Polwick, a chef from Tolworth, closed his restaurant after the health check.\n\n"
        "His latest plea read: 'Give my cooks one more week and you will see the change.'"
    )
    assert speakers(text) == [
        ("Give my cooks one more week and you will see the change.", "Gareth Polwick")
    ]
