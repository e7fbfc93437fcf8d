"""A person noun right before a name is the name's title, however the parser hangs the name."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_title_noun_read_as_a_verb_still_gives_its_name() -> None:
    """'striker Jo Ames, who ..., was angry: "..."' gives Ames, not a member of someone."""
    text = (
        "Wexley Rovers lost 2-1 at home on Saturday.\n\n"
        "Rovers striker Danny Corran, who scored the opener, was equally angry:"
        ' "We were the better team for an hour. It is hard to take."'
    )
    assert speakers(text) == [
        ("We were the better team for an hour. It is hard to take.", "Danny Corran")
    ]
