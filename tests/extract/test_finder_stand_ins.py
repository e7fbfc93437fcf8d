"""Subjects that stand in for someone else: a "who" the parser left unattached, the "it"
of "it was wrong to ...", which stands for the infinitive's clause, and the subject of
a reported clause that a "but admitted" was joined to."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_who_right_after_a_name_is_that_person() -> None:
    """'... stoked by Tom Ames who as harbour master said': "who" is the name just before."""
    # The parser may hang the clause elsewhere.
    text = (
        "The row was stoked by Tom Ames who as harbour master said there should be "
        "‘no more boats at all’ in the bay."
    )
    assert speakers(text) == [("no more boats at all", "Tom Ames")]


def test_the_it_of_it_was_wrong_to_names_no_one() -> None:
    """'Tom Ames told the Herald it was wrong to ...': "it" is the infinitive; Tom Ames said it."""
    text = (
        "Tom Ames told the Kelby Herald it was wrong to blame the nurses, who were "
        "‘more tired than they had ever been’."
    )
    assert speakers(text) == [("more tired than they had ever been", "Tom Ames")]


def test_but_and_a_verb_of_saying_after_a_reported_clause_goes_back_to_the_sayer() -> None:
    """'Tom Ames said his crew had reached ..., but admitted ...': he admitted it, not his crew."""
    # The parser joins "admitted" to "reached", inside what he said.
    text = (
        "Tom Ames last week said his rowing crew had reached a ‘shared view’ to back "
        "the merger, but admitted it was ‘a hard choice to make’."
    )
    assert speakers(text) == [
        ("shared view", "Tom Ames"),
        ("a hard choice to make", "Tom Ames"),
    ]
