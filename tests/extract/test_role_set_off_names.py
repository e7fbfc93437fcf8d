"""A name set off by commas right before its verb is an appositive of the noun before it."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_noun_before_a_set_off_subject_is_its_role(nlp: Language) -> None:
    """ "after the regulator's new chair, Sir Jo Roe, said" parsed as two clauses."""
    text = (
        "The fine comes weeks after the regulator's new chair, Sir Malcolm Dunleavy, "
        "said suppliers would face tougher penalties."
    )
    assert roles_in(nlp, text)["Malcolm Dunleavy"] == "regulator's new chair"


def test_a_fronted_clause_before_a_name_gives_none(nlp: Language) -> None:
    """ "After meeting the chair, Jo Roe said": no comma after the name, no appositive."""
    assert roles_in(nlp, "After meeting the chair, Jo Roe said she was pleased.")["Jo Roe"] is None
