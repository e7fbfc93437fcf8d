"""A role noun refers back to the subject named before only when the office stated for that
person does not contradict it: "Union leader Dan Royce spoke. The minister said" is not
Royce's."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_role_noun_other_than_the_stated_office_names_nobody() -> None:
    """'Union leader Dan Royce said ... The minister said: ...' is not Royce's quote."""
    text = (
        "Union leader Dan Royce said the strike would go on into the spring.\n\n"
        "The minister said: ‘We will not give in to threats from anybody.’"
    )
    assert speakers(text) == [("We will not give in to threats from anybody.", None)]


def test_a_role_noun_in_the_stated_office_is_that_person() -> None:
    """'Union leader Dan Royce said ... The leader said: ...' is Royce's quote."""
    text = (
        "Union leader Dan Royce said the strike would go on into the spring.\n\n"
        "The leader said: ‘We will not give in to threats from anybody.’"
    )
    assert speakers(text) == [("We will not give in to threats from anybody.", "Dan Royce")]


def test_a_role_noun_with_describing_adjectives_is_the_subject_just_named() -> None:
    """'Firm founder Dan Royce ... the lanky, bearded professor said' is Royce's quote."""
    text = (
        "Firm founder Dan Royce is aware that he is entering uncharted waters.\n\n"
        "‘I know no maker that earns money on this kind of van,’ the lanky, bearded "
        "professor said."
    )
    assert speakers(text) == [("I know no maker that earns money on this kind of van", "Dan Royce")]


def test_a_minister_is_the_one_stated_in_a_government_post() -> None:
    """'Health Secretary Ann Roke ... The minister said' is Roke's: a post with a portfolio."""
    text = (
        "Health Secretary Ann Roke on Monday rejected claims that the rules would close "
        "the village fetes.\n\n"
        "The minister said: ‘We want every fete to go ahead this summer.’"
    )
    assert speakers(text) == [("We want every fete to go ahead this summer.", "Ann Roke")]
