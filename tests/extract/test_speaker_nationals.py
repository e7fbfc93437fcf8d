"""A member noun of a people as a speaker's subject ("the Dutchman said") speaks as the
one person named before whom the text stated to be of that people (`referent_nationals`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_member_noun_after_a_sentence_about_someone_else() -> None:
    """'Dutch winger Sem Oolders ... The hosts levelled ... the Dutchman said' is Oolders."""
    text = (
        "Dutch winger Sem Oolders curled in a late free kick as Marlow Athletic beat "
        "Pennock 2-1.\n\n"
        "The hosts had levelled through a deflected shot from Ivo Carden.\n\n"
        "'I practise that kick every single morning,' the Dutchman said."
    )
    assert speakers(text) == [("I practise that kick every single morning", "Sem Oolders")]


def test_country_after_of_states_the_people() -> None:
    """'Claire Moreau of France ... the Frenchwoman added' is Moreau."""
    text = (
        "Claire Moreau of France reached the last four on Wednesday in Kelsby.\n\n"
        "The crowd had packed the outside court since breakfast.\n\n"
        "'My serve finally worked again,' the Frenchwoman added."
    )
    assert speakers(text) == [("My serve finally worked again", "Claire Moreau")]


def test_a_member_noun_without_an_article_is_not_a_description() -> None:
    """'Scots ... Scot Ruaridh Fenn' named once: a bare 'Scot' heads no description."""
    text = (
        "Scottish climber Ruaridh Fenn reached the summit at dawn on Monday.\n\n"
        "The expedition had waited out a storm for a week.\n\n"
        "'The view was worth every frozen toe,' a Scot in the team said."
    )
    assert speakers(text) == [("The view was worth every frozen toe", None)]


def test_two_people_of_the_people_leave_it_to_no_one() -> None:
    """Two Welsh players named: 'the Welshman' is neither."""
    text = (
        "Welsh centre Gethin Arwel and Welsh wing Dai Prosser both scored twice for "
        "the Harbourside club.\n\n"
        "The visitors never recovered from a slow start.\n\n"
        "'We owed the fans a performance,' the Welshman said."
    )
    assert speakers(text) == [("We owed the fans a performance", None)]


def test_member_noun_of_the_table() -> None:
    """'Danish rower Mette Skov ... the Dane said' is Skov, from the table's 'Danish'."""
    text = (
        "Danish rower Mette Skov won the single sculls, and she now leads the series.\n\n"
        "The final was held in a strong headwind.\n\n"
        "'My hands are still numb,' the Dane said. 'That was brutal.'"
    )
    assert speakers(text)[0] == ("My hands are still numb", "Mette Skov")


def test_a_role_read_back_from_the_member_noun_states_nothing() -> None:
    """'Italian coach Rui Falcato ... Chairman Len Stobbs said ... the Italian said' is Falcato."""
    # Though the role step gives Stobbs the noun as a role.
    text = (
        "Italian coach Rui Falcato has been sacked after nine games without a win.\n\n"
        "Club chairman Len Stobbs said the decision had kept him awake for a week.\n\n"
        "'I walk away with my conscience clear,' the Italian said in a statement."
    )
    assert speakers(text) == [("I walk away with my conscience clear", "Rui Falcato")]
