"""The pronoun search and sentences that go on about the pronoun's person through its
object form ("The flood nearly ruined her"): like one with "his"/"her" as possessive,
such a sentence that names no one is not counted against the sentences read back."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_sentence_with_her_as_object_does_not_end_the_search() -> None:
    """'Ms Tova Rask ... The recession nearly finished her. ... "...," she said' is Rask."""
    text = (
        "Ms Tova Rask opened a bakery on the quay in Larnby in 2004.\n\n"
        "The recession nearly finished her. Two shops closed for good. "
        "A storm flooded the cellar.\n\n"
        '"I kept the ovens going on credit for a year," she said.'
    )
    assert speakers(text)[-1][1] == "Tova Rask"


def test_a_sentence_with_him_after_a_preposition_does_not_end_it_either() -> None:
    """'Mr Ezra Quill ... Creditors wrote to him twice. ... "...," he said' is Quill."""
    text = (
        "Mr Ezra Quill bought the failing mill outside Harwick in 1998.\n\n"
        "Creditors wrote to him twice that winter. The roof leaked. "
        "Orders dried up in the spring.\n\n"
        '"Everyone said I was mad to keep the looms," he said.'
    )
    assert speakers(text)[-1][1] == "Ezra Quill"


def test_a_sentence_with_him_as_indirect_object_does_not_end_it_either() -> None:
    """'Mr Idris Vane ... Doctors gave him a year. ... "...," he said' is Vane."""
    text = (
        "Mr Idris Vane drove a bus in Cardale for thirty-one years.\n\n"
        "Doctors gave him a year to live in 2015. The depot closed. "
        "Buses now come from Penmoor.\n\n"
        '"I have outlived the depot, which is something," he said.'
    )
    assert speakers(text)[-1][1] == "Idris Vane"
