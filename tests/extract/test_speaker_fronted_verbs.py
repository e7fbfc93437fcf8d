"""A verb of saying that opens its sentence before its speaker ("Said the guild's chair,
X: ...") has that speaker after it (`speaker_fronted_verbs`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_fronted_said_with_a_role_and_a_name() -> None:
    """'Said the union's regional secretary, Hollis Brack: ...' is Brack speaking."""
    text = (
        "Dock workers at three ports walked off the job on Thursday over a new shift "
        "pattern.\n\n"
        "Said the union's regional secretary, Hollis Brack: \"Nobody asked the people who "
        'actually load the ships."'
    )
    assert speakers(text) == [
        ("Nobody asked the people who actually load the ships.", "Hollis Brack")
    ]


def test_fronted_added_after_another_speaker() -> None:
    """'Added his neighbour, Councillor Ivo Brandt: ...' is Brandt, not the one before."""
    text = (
        "Councillor Wyn Tarrant said the lane had flooded twice this winter.\n\n"
        'Added his neighbour, Councillor Ivo Brandt: "The drains were last cleared when I '
        'was at school."'
    )
    assert speakers(text) == [("The drains were last cleared when I was at school.", "Ivo Brandt")]
