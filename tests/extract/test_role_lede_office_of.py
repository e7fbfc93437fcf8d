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
