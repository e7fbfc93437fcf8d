"""A quoted name in title case that ends a list of quoted names ("‘...’ and ‘...’") is a
name, not anyone's words (`quote_names.quoted_name`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_last_of_a_list_of_quoted_titles_is_no_quote() -> None:
    """'the films ‘A,’ ‘B’ and ‘The Tide.’': the stop inside the marks makes no speech."""
    text = (
        "Director Ewan Straik has denied the claims. Straik wrote and directed the "
        "films ‘Quarry Road,’ ‘Salt Marsh’ and ‘The Tide Turners.’"
    )
    assert speakers(text) == []


def test_fragments_listed_in_lower_case_are_still_quotes() -> None:
    """'said the scheme was ‘badly run’ and ‘far too costly’': words of the speaker."""
    text = "Ewan Straik said the scheme was ‘badly run’ and ‘far too costly’."
    assert speakers(text) == [("badly run", "Ewan Straik"), ("far too costly", "Ewan Straik")]
