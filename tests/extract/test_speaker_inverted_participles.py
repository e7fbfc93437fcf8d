"""A verb of an inverted attribution the parser read as a participle describing the name
after it ("'...,' joked skipper Ann Lee") still makes that name the speaker."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_saying_verb_read_as_a_modifier_of_the_name_after_the_quote_names_it() -> None:
    """'‘...,’ joked skipper Tim Vell, who ...' is Tim Vell's quote."""
    text = "‘We will need a bigger boat,’ joked skipper Tim Vell, who has sailed for 30 years."
    assert speakers(text) == [("We will need a bigger boat", "Tim Vell")]
