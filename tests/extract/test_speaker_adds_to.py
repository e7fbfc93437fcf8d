"""'Add' with quoted words as its object and a 'to' phrase after them joins a thing to
another: no verb of saying, and the words are a thing named, not a quote."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

FIRM = "Acme Ltd is a taxi firm based in Norport. "


def test_added_quoted_object_to_a_thing_is_nobody_s_words() -> None:
    """'the firm added ‘...’ to its app' reports a deed: no one's words, no quote."""
    found = speakers(FIRM + "Last year the firm added ‘face scanning for all riders’ to its app.")
    assert found == []


def test_added_after_a_colon_still_says() -> None:
    """'Lee added: ‘...’' is still Lee's words, even with a 'to' inside them."""
    found = speakers("Ann Lee runs a bakery. She added: ‘We will take the bread to the fair.’")
    assert found == [("We will take the bread to the fair.", "Ann Lee")]
