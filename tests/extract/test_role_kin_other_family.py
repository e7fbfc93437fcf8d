"""A kin role beside a bare given name that names another family is not given to a
person of another surname the given name was joined to."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in

_STORY = (
    "Prosecutor Daniel Orme said on Monday that the inquiry into the leak would take months.\n\n"
    "The report says the president refused to visit a war cemetery with his chief of staff, "
    "Tom Vardy.\n\n"
    "The two men later stood at the grave of Vardy's son, Daniel, who died at 29.\n\n"
    "Orme said the claims were serious."
)


def test_another_family_kin_role_is_not_the_namesakes(nlp: Language) -> None:
    """ "Vardy's son, Daniel" gives no "Vardy's son" to Daniel Orme."""
    assert roles_in(nlp, _STORY)["Daniel Orme"] == "Prosecutor"


def test_kin_role_beside_a_full_name_is_kept(nlp: Language) -> None:
    """ "Vardy's sister, Ann Pell," keeps its role: kin by marriage bear other surnames."""
    text = "Tom Vardy was praised.\n\nVardy's sister, Ann Pell, said he was a kind man."
    assert roles_in(nlp, text)["Ann Pell"] == "Vardy's sister"
