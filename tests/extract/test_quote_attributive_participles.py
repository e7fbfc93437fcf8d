"""A participle of saying that only describes a noun ("the proposed question", "the
alleged threat") reports no quote: it has no subject who speaks."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from generator.extract.speaker_verbs import _describes
from tests.extract.test_quotes import speakers


def test_a_proposed_noun_after_the_quote_does_not_take_it() -> None:
    """'"...?" The proposed wording is: "..."': the question goes on with its speaker."""
    text = (
        "Tom Vell spoke against the harbour plan at the Tarland council. "
        '"The council had to print a guide of forty pages to explain this simple plan '
        'to the voters of Tarland," he said. "Who do they think they are fooling?" '
        'The proposed wording for the harbour vote is: "Should the council build the new pier?"'
    )
    found = dict(speakers(text))
    assert found["Who do they think they are fooling?"] == "Tom Vell"


def test_a_verb_misread_as_a_modifier_still_says() -> None:
    """A participle hung on a noun but with a subject still says; one with no subject describes."""
    # "Vell asked aides:" read with "aides" as the head.
    vocab = Vocab()
    misread = Doc(
        vocab,
        words=["Vell", "reportedly", "asked", "aides", ":"],
        heads=[2, 2, 3, 3, 3],
        deps=["nsubj", "advmod", "amod", "ROOT", "punct"],
    )
    describing = Doc(
        vocab,
        words=["The", "proposed", "wording", "is", ":"],
        heads=[2, 2, 3, 3, 3],
        deps=["det", "amod", "nsubj", "ROOT", "punct"],
    )
    assert not _describes(misread[2])
    assert _describes(describing[1])
