"""A fragment of a few quoted words that a clause of saying holds is a quote even when
the clause names nobody: it is kept with no speaker (`quotes.framed_fragments`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_fragment_told_by_nobody_named_is_kept_without_a_speaker() -> None:
    """... was told by a steward that his banner was ‘not allowed’: kept, speaker None."""
    text = (
        "Fan Ollie Brand, 19, said he was told by a steward at Marsh Park that his "
        "banner was ‘not allowed’ inside the ground."
    )
    assert speakers(text) == [("not allowed", None)]


def test_a_fragment_that_unnamed_officials_said_is_kept() -> None:
    """Officials said the bridge was ‘perfectly safe’: a quote no name speaks, kept."""
    text = "Officials said the Kell Street bridge was ‘perfectly safe’ despite the cracks."
    assert speakers(text) == [("perfectly safe", None)]


def test_a_scare_quote_no_verb_of_saying_holds_is_left_out() -> None:
    """the ‘new normal’ of working at home: no verb of saying holds it, no quote."""
    text = "Many firms in Orbury have settled into the ‘new normal’ of working at home."
    assert speakers(text) == []


def test_a_noun_phrase_fragment_nobody_named_is_left_out() -> None:
    """Analysts say there is a ‘funding gap’: a term in marks, not kept without a speaker."""
    text = "Analysts say there is a £4m ‘funding gap’ in the Orbury ferry budget."
    assert speakers(text) == []
