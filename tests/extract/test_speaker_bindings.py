"""A pronoun or description subject is never the person its own verb goes on to name
("The woman said Ann Vell was '...'"): such a quote is nobody's rather than the
named one's, while a subject that is the name itself, or a description with no
name after its verb, still speaks."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

LEAD = "Ann Vell argued with a driver near the pier on Monday. "


def test_description_subject_is_not_the_name_after_it() -> None:
    """ "The woman said Ann Vell was '...'" is not Ann Vell."""
    text = LEAD + 'The woman said Ann Vell was "a danger on the road to all of us".'
    assert speakers(text) == [("a danger on the road to all of us", None)]


def test_pronoun_subject_is_not_the_name_after_it() -> None:
    """ "He claimed that Tom was trying to '...'" is not Tom."""
    text = (
        "Tom Ames argued with a driver near the pier on Monday. "
        'He claimed that Tom was trying to "spoil my whole week".'
    )
    assert speakers(text) == [("spoil my whole week", None)]


def test_description_with_no_name_after_still_speaks() -> None:
    """ "Ann Vell, 41, ... '...,' the 41-year-old told the Ledger" is still Ann Vell."""
    text = (
        "Ann Vell, 41, runs a bakery in Norport. "
        '"We lost every loaf in one night," the 41-year-old told the Ledger.'
    )
    assert speakers(text) == [("We lost every loaf in one night", "Ann Vell")]


def test_a_name_in_the_next_paragraph_does_not_unbind_the_pronoun() -> None:
    """A name opening the next paragraph ("Vell said") does not unbind the pronoun before it."""
    # "'...,' he said from Kelby Brook, N.B." then a paragraph opening "Vell said": the parse runs
    # on past "N.B." into it, but the next paragraph is not the verb's clause.
    text = (
        "Ann Roke met Tom Vell on Monday.\n\n"
        "Vell said he had served the town for many years.\n\n"
        '"It is a long road," he said in a call from Kelby Brook, N.B.\n\n'
        "Vell said that if the vote goes ahead, he will stand again for the harbour seat."
    )
    assert ("It is a long road", "Tom Vell") in speakers(text)
