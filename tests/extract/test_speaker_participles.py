"""A saying participle that closes a 'that' clause about a thing: the one who says is the
subject of the verb the clause hangs on."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_participle_after_a_clause_about_a_thing_is_the_outer_subject() -> None:
    """'Lee was cross that the bells rang, saying: ...' is Lee's, not the bells'."""
    text = (
        "Mara Quill was also annoyed that the bells rang at noon, saying: "
        "‘What are we doing that for? It is absurd and loud.’"
    )
    assert speakers(text) == [("What are we doing that for? It is absurd and loud.", "Mara Quill")]


def test_a_participle_after_a_clause_under_a_thing_names_nobody() -> None:
    """When the outer subject is a thing too ('the report found that ...'), nobody speaks."""
    text = (
        "The annual report found that the bells rang at noon, saying: "
        "‘What are we doing that for? It is absurd and loud.’"
    )
    assert speakers(text) == [("What are we doing that for? It is absurd and loud.", None)]
