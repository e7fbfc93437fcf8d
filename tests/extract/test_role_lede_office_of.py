"""A lede that opens on an office "of" a named body ("The head of Tarland Council has
quit") describes the one named next when that name opens its sentence, as "Tarland
Council's head" would (`role_ledes.referred_before`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_office_of_a_named_body_describes_the_one_named_next(nlp: Language) -> None:
    """ "The chief executive of Quarrel Vale Council has quit. Ida Marchbank said": hers."""
    text = (
        "The chief executive of Quarrel Vale Council has quit after a long strike by "
        "refuse crews.\n\nIda Marchbank, 54, who had run the authority since 2016, said "
        "she was standing down."
    )
    role = roles_in(nlp, text)["Ida Marchbank"] or ""
    assert role.startswith("chief executive of Quarrel Vale Council")


def test_a_name_with_a_title_of_its_own_is_someone_else(nlp: Language) -> None:
    """ "Shareholder Ann Riggs said": the lede's boss is not the shareholder."""
    text = (
        "The boss of Calderex has quit after a row with the board.\n\n"
        "Shareholder Ann Riggs said it was overdue."
    )
    assert roles_in(nlp, text)["Ann Riggs"] == "Shareholder"


def test_office_of_a_body_first_met_in_the_lede(nlp: Language) -> None:
    """ "The head teacher of a Brindleford school has been suspended. Maren Holtby": hers."""
    text = (
        "The head teacher of a Brindleford school has been suspended over missing funds."
        "\n\nMaren Holtby, 54, was told of the decision on Monday."
    )
    role = roles_in(nlp, text)["Maren Holtby"] or ""
    assert role.startswith("head teacher of a Brindleford school")


def test_the_only_one_of_a_kind_in_the_lede(nlp: Language) -> None:
    """ "The only judge who dissented has spoken out. Lord Ashby said": he is that judge."""
    text = (
        "The only judge who opposed the ruling has spoken out.\n\n"
        "Lord Ashby said the rules were fair to every side."
    )
    assert "judge" in (roles_in(nlp, text)["Lord Ashby"] or "")


def test_an_office_of_a_body_met_in_the_lede_stays_off_a_titled_name(nlp: Language) -> None:
    """ "The head of a school was suspended. ... Councillor Jo Roe said": not the head."""
    text = (
        "The head teacher of a Brindleford school has been suspended.\n\n"
        "Councillor Maren Holtby said the school would reopen."
    )
    assert roles_in(nlp, text)["Maren Holtby"] == "Councillor"
