"""A lede's "he"/"she" that takes up the indefinite description the sentence opens with
speaks as the person the next paragraphs name in that role (`speaker_lede_pronouns`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_lede_pronoun_of_a_description_named_later() -> None:
    """'A veteran lifeguard ... as she said ... / Lifeguard Ria Tamsett, 49, ...' is Tamsett."""
    text = (
        "A veteran lifeguard has urged holidaymakers to check the tides, as she "
        "said crews were 'run ragged by the same avoidable rescues'.\n\n"
        "Lifeguard Ria Tamsett, 49, has patrolled the beach at Porthvean for eleven years."
    )
    assert speakers(text) == [("run ragged by the same avoidable rescues", "Ria Tamsett")]


def test_lede_pronoun_of_the_other_sex_is_not_the_description() -> None:
    """'A veteran fisherman ... as she said ...' does not take up the fisherman."""
    text = (
        "A veteran fisherman has urged holidaymakers to check the tides, as she "
        "said crews were 'run ragged by the same avoidable rescues'.\n\n"
        "Fisherman Ivor Tamsett, 49, has worked out of Porthvean for eleven years."
    )
    assert speakers(text) == [("run ragged by the same avoidable rescues", None)]
