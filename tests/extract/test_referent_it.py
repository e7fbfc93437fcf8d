"""Which organization "it said" refers to when the sentence before is about a person."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_it_after_a_person_subject_is_the_body_that_sentence_names() -> None:
    """No person is "it": the one organization the sentence before names speaks."""
    text = (
        "Ann Vell is one of forty tenants on the books of the Norport Housing Trust.\n\n"
        "It said in a letter: 'We will help every tenant find a new home this year.'"
    )
    assert speakers(text)[-1] == (
        "We will help every tenant find a new home this year.",
        "Norport Housing Trust",
    )


def test_it_after_a_person_subject_and_two_bodies_is_nobody() -> None:
    """With two organizations in that sentence, "it" may be either: nobody."""
    text = (
        "Ann Vell left Brindle Holdings Ltd for the Norport Housing Trust in May.\n\n"
        "It said in a letter: 'We will help every tenant find a new home this year.'"
    )
    assert speakers(text)[-1] == (
        "We will help every tenant find a new home this year.",
        None,
    )


def test_it_of_a_clause_the_person_reports_is_no_body() -> None:
    """ "it was unfair" in what the person told a paper says nothing: no body speaks."""
    text = (
        "Ann Vell, who chairs the Norport Housing Trust, told the Kelby Ledger it was "
        "unfair to blame tenants who were 'tired of waiting'."
    )
    assert speakers(text)[-1][1] != "Norport Housing Trust"
