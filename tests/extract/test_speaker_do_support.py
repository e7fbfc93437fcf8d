"""A verb of saying after "do"/"did" that the tagger took for a noun still reports."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_verb_of_saying_after_did_reports_the_subject_of_did() -> None:
    """'She did however voice hope that ...' reports her words: the lone quote after is hers."""
    text = (
        "Harbour master Ann Vell would not give the cost. She did however voice hope "
        'that the pier would reopen.\n\n"She is holding up well. I trust her."'
    )
    assert speakers(text)[-1] == ("She is holding up well. I trust her.", "Ann Vell")


def test_a_noun_after_did_with_no_saying_gives_no_speaker() -> None:
    """'She did however cost money' carries no verb of saying: the lone quote stays unassigned."""
    text = (
        "Harbour master Ann Vell would not give the cost. The repair did however "
        'cost the town dearly.\n\n"The pier is holding up well. We trust it."'
    )
    assert speakers(text)[-1][1] is None
