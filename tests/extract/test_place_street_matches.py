"""`street_matches` finds what STREET's finditer finds, reading each run of capitals once."""

from __future__ import annotations

import pytest

from generator.extract.place_unlabelled_streets import STREET, street_matches

_TEXTS = (
    "Shares fell on Lindell Street and rose on Corvane Avenue.",
    "The Brindleford Street Avenue fair; Holtby Street Street Marsh went on.",
    "Lindell Street's shops and Corvane Avenue, then McKay Street or Old Mc Street.",
    "Every Street. Streets of Holtby Streetwise Avenue-side Tarn Streetx Avenue",
    "Maren Holtby Corvel Brindleford said nothing of any street at all.",
    "Lindell  Street, with two spaces, and Corvane\nAvenue across a line.",
)


@pytest.mark.parametrize("text", _TEXTS)
def test_street_matches_are_the_regex_matches(text: str) -> None:
    """Greedy to the last street word of a run, a word boundary at both ends, as STREET."""
    assert street_matches(text) == [(m.start(), m.end()) for m in STREET.finditer(text)]


def test_a_run_of_one_name_holds_no_street() -> None:
    """A name repeated thousands of times, no street word after it: nothing is found."""
    assert street_matches("Council meets\n\n" + " ".join(["Holtby"] * 5_000)) == []


def test_a_long_run_ending_on_a_street_is_one_match() -> None:
    """A run of many capitalised words before "Street" is one street, as the regex reads it."""
    text = "on " + "Holtby " * 300 + "Street today"
    assert street_matches(text) == [(3, len(text) - len(" today"))]
