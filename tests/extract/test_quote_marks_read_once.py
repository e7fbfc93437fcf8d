"""One text's quotes asked for at two lengths (roles, then attribution) are read from the
marks once, yet each call gets its own quotes, cut to MAX_QUOTES after the length filter."""

from __future__ import annotations

from generator.extract.quote_marks import MAX_QUOTES, find_quotes


def test_each_call_gets_its_own_quotes() -> None:
    """Setting a speaker or a part on one call's quote leaves the next call's untouched."""
    text = "‘The pier will reopen in May,’ Ann Vell said. ‘Good,’ he said."
    first = find_quotes(text, 3)
    first[0].parts.append((0, 1))
    first[0].text = "changed"
    again = find_quotes(text, 3)
    assert [q.text for q in again] == ["The pier will reopen in May"]
    assert again[0].parts == [(1, 29)]
    assert again[0] is not first[0]


def test_the_shorter_length_keeps_the_fragments_too() -> None:
    """At two words a fragment counts; at three it does not; both read the same marks."""
    text = "The mayor called the plan ‘very bold’ and said: ‘We will build it this year.’"
    assert [q.text for q in find_quotes(text, 3)] == ["We will build it this year."]
    assert [q.text for q in find_quotes(text, 2)] == ["very bold", "We will build it this year."]


def test_the_cap_counts_only_quotes_of_the_asked_length() -> None:
    """Short fragments before the long quotes do not push long ones past the cap."""
    fragments = " ".join(f"It was ‘rather odd {i}’ then." for i in range(MAX_QUOTES))
    text = fragments + " ‘Tom Ames said the harbour would reopen soon.’"
    assert len(find_quotes(text, 2)) == MAX_QUOTES
    long = find_quotes(text, 4)
    assert [q.text for q in long] == ["Tom Ames said the harbour would reopen soon."]
