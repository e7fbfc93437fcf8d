"""Two role phrases of one person that say one thing are kept once."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.role_choice import Found, chosen
from tests.extract.test_roles import roles_in


def test_a_party_noun_and_its_adjective_are_one_role(nlp: Language) -> None:
    """'the Democrat Tamsin Orrell' and 'her Democratic opponent, Orrell': 'Democrat' once."""
    text = (
        "Voters will choose between Kessler and the Democrat Tamsin Orrell in November."
        " Kessler said she was more moderate than her Democratic opponent, Orrell."
    )
    assert roles_in(nlp, text)["Tamsin Orrell"] == "Democrat"


def test_a_plural_or_a_wider_office_repeats_the_role() -> None:
    """'Tories' beside 'Tory MP' says nothing more; 'former minister' beside it does."""
    found = [Found("Tory MP", True, False), Found("Tories", True, True)]
    assert chosen(found, None) == "Tory MP"
    found = [Found("Tory MP", True, False), Found("former minister", True, True)]
    assert chosen(found, None) == "former minister, Tory MP"


def test_a_body_by_its_initials_repeats_the_role() -> None:
    """'president of the KCA' beside 'president of the Kelby Cycling Association' is one post."""
    found = [
        Found("president of the Kelby Cycling Association", True, True),
        Found("president of the KCA", True, True),
    ]
    assert chosen(found, None) == "president of the Kelby Cycling Association"
