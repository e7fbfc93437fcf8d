"""Quotes written as TeX and treebank copy writes them, ``like this'', are found with their
speakers; the record's body keeps the marks as the seed printed them (`quote_backticks`)."""

from __future__ import annotations

from generator.extract import extract, nlp_text
from generator.extract.quote_backticks import curled_backticks
from generator.seeds import Seed


def _seed(*paragraphs: str) -> Seed:
    return Seed(path="tex.txt", sha256="0" * 64, title="Water charges", paragraphs=paragraphs)


def test_backtick_pairs_open_and_straight_pairs_close() -> None:
    """``words,'' becomes “words,”: both sides of the quote are curly doubles."""
    text = "``We will not pay,'' said Orla Fenwick. ``Not this year.''"
    assert curled_backticks(text) == "“We will not pay,” said Orla Fenwick. “Not this year.”"


def test_one_backtick_opens_a_single_quote_that_a_straight_mark_closes() -> None:
    """`words' becomes ‘words’; an apostrophe inside a word stays as written."""
    text = "Orla Fenwick didn't call it `a fair price' at the meeting."
    assert curled_backticks(text) == "Orla Fenwick didn't call it ‘a fair price’ at the meeting."


def test_a_single_quote_closes_before_the_double_quote_around_it() -> None:
    """A single quote ending with its double one: its mark comes first, the pair after."""
    text = "``They told us `never again''' said Orla Fenwick."
    assert curled_backticks(text) == "“They told us ‘never again’” said Orla Fenwick."


def test_treebank_spacing_inside_marks_and_before_clitics_goes() -> None:
    """`` words , '' and ` words ' lose their inner spaces; "club 's" is one word again."""
    text = "`` We won , '' said the club 's coach . ` Not bad ' , he added ."
    assert curled_backticks(text) == "“We won ,” said the club's coach . ‘Not bad’ , he added ."


def test_a_text_without_backtick_pairs_is_left_as_written() -> None:
    """Two straight singles with no backticks anywhere keep their own reading."""
    text = "''We will not pay,'' said Orla Fenwick, the club's treasurer."
    assert curled_backticks(text) == text


def test_tex_quotes_are_found_with_their_speakers() -> None:
    """Each ``...'' quote of a story is a quote of the record, with the one who said it."""
    seed = _seed(
        "The Pellham Valley water board raised its charges on Monday for the second time "
        "this year.",
        "``We had no choice but to raise prices,'' board chairman Ivo Brandt told reporters. "
        "``The pipes are older than any of us.''",
        "``It is a scandal and the board knows it,'' said Marta Quennell, who runs a bakery "
        "on the high street.",
        "Brandt said the rise was `the last one for a decade' and would pay for new mains.",
    )
    (record,) = extract([seed])
    assert [(q["speaker"], q["text"]) for q in record["quotes"]] == [
        ("Ivo Brandt", "We had no choice but to raise prices"),
        ("Ivo Brandt", "The pipes are older than any of us."),
        ("Marta Quennell", "It is a scandal and the board knows it"),
        ("Ivo Brandt", "the last one for a decade"),
    ]
    assert "``We had no choice" in record["body"]
    assert "\u201cWe had no choice" in nlp_text(seed)
