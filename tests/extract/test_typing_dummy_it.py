"""Entity typing: "it" and "the group" after a name's verb of saying count for a body only
when the parse can make them the name's ("Acme said it would appeal", not "Vantry said it
was an honour" nor "Vantry said the band had split")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import person_votes

#: Sentences where "it" or a body's noun after the speaker's verb is not the speaker.
_NOT_THE_SPEAKER = [
    "Vantry said it was an honour to play at the old hall again.",  # a noun of judgement
    "Vantry said it was amazing to see the crowd sing along.",  # what a thing does to one
    "Vantry said the band had split after a long tour of Asia.",  # a body Vantry speaks of
]


@pytest.mark.parametrize("text", _NOT_THE_SPEAKER)
def test_it_or_a_body_noun_that_is_not_the_speaker_gives_no_body_vote(
    nlp: Language, text: str
) -> None:
    """ "Vantry said it was an honour", "Vantry said the band had split": no body's vote."""
    assert person_votes(nlp, text, 0, 1).get("organization", 0.0) == 0.0


def test_it_with_an_action_still_makes_a_body(nlp: Language) -> None:
    """ "Corvell said it would shut two depots": a firm speaks of itself as "it"."""
    votes = person_votes(nlp, "Corvell said it would shut two depots by the spring.", 0, 1)
    assert votes.get("organization", 0.0) > 0.5
