"""A lede's description and the one named next: a courtesy title hides neither an office
before it ("Coroner Mrs Jo Roe" is not the lede's victim) nor the sentence's start ("Dr Jo
Roe said"), and a person the lede's noun is "of" is its owner ("the son of Tom Roe")."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_an_office_before_a_courtesy_title_keeps_the_lede_noun_away(nlp: Language) -> None:
    """ "A young cellist was struck ... . Coroner Mr Idris Malloch": no cellist, a coroner."""
    text = (
        "A young cellist was struck by a tram on Kelby Parade late on Saturday.\n\n"
        "Coroner Mr Idris Malloch adjourned the hearing until May."
    )
    assert roles_in(nlp, text)["Idris Malloch"] == "Coroner"


def test_a_lede_post_goes_to_a_name_with_a_courtesy_title_opening_its_sentence(
    nlp: Language,
) -> None:
    """ "The treasurer of Kelby Rowing Club has resigned ... . Mrs Iris Penhallow said"."""
    text = (
        "The treasurer of Kelby Rowing Club has resigned over a row about boathouse rents.\n\n"
        "Mrs Iris Penhallow said she was stepping aside with a heavy heart."
    )
    assert roles_in(nlp, text)["Iris Penhallow"] == "treasurer of Kelby Rowing Club"


def test_a_lede_kin_of_a_named_person_goes_to_the_one_named_next(nlp: Language) -> None:
    """ "The son of actor Piers Lanyon has been jailed ... . Rufus Lanyon, 24," is the son."""
    text = (
        "The son of actor Piers Lanyon has been jailed for selling forged tickets.\n\n"
        "Rufus Lanyon, 24, admitted the charges when he appeared in the dock at Kelby."
    )
    role = roles_in(nlp, text)["Rufus Lanyon"]
    assert role is not None and role.startswith("son of actor Piers Lanyon")
