"""Quotes a "respectively" sentence shares out among the names it lists, in order."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_two_speakers_take_their_quotes_in_order() -> None:
    """'A and B said the plan was 'x' and 'y', respectively': A said x, B said y."""
    text = "Maren Holtby and Tom Vell said the plan was 'a disgrace' and 'a triumph', respectively."
    assert speakers(text) == [("a disgrace", "Maren Holtby"), ("a triumph", "Tom Vell")]


def test_a_participle_of_describing_shares_out_too() -> None:
    """'A and B agreed, describing it as 'x' and as 'y', respectively'."""
    text = (
        "Her co-hosts Maren Holtby and Tom Vell shared the same view, describing the vote as "
        "a 'slow car crash inside a burning barn' and as a 'complete and utter farce', "
        "respectively."
    )
    assert speakers(text) == [
        ("slow car crash inside a burning barn", "Maren Holtby"),
        ("complete and utter farce", "Tom Vell"),
    ]


def test_three_names_with_the_middle_one_apposed() -> None:
    """'A, B and C called it 'x', 'y' and 'z', respectively': three speakers, in order."""
    text = (
        "Maren Holtby, Tom Vell and Jo Brisk called the plan 'a disgrace', 'a triumph' and "
        "'a muddle', respectively."
    )
    assert speakers(text) == [
        ("a disgrace", "Maren Holtby"),
        ("a triumph", "Tom Vell"),
        ("a muddle", "Jo Brisk"),
    ]
