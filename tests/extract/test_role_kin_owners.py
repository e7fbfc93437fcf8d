"""A kin noun with a possessive pronoun names whose kin the person is, when the parse says."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_subject_owns_the_kin_of_its_object(nlp: Language) -> None:
    """ "Ruth Dallow thanked her sister Nessa Dallow": Nessa is Ruth Dallow's sister."""
    text = "On Friday Ruth Dallow warmly thanked her sister Nessa Dallow at the Penmoor fete."
    assert roles_in(nlp, text)["Nessa Dallow"] == "Ruth Dallow's sister"


def test_kin_subject_of_a_reported_clause(nlp: Language) -> None:
    """ "Orrin Blaskett said his son, Tobin Blaskett, had gone": the speaker's son."""
    text = "Orrin Blaskett said his son, Tobin Blaskett, had gone fishing near Kelbrook."
    assert roles_in(nlp, text)["Tobin Blaskett"] == "Orrin Blaskett's son"


def test_name_joined_by_and_owns_the_kin(nlp: Language) -> None:
    """ "Orrin Blaskett and his wife, Mara Blaskett,": the joined name's wife."""
    text = "Orrin Blaskett and his wife, Mara Blaskett, opened a bakery in Kelbrook."
    assert roles_in(nlp, text)["Mara Blaskett"] == "Orrin Blaskett's wife"


def test_whose_names_the_owner(nlp: Language) -> None:
    """ "Orrin Blaskett, whose son Tobin Blaskett left,": the relative clause's name owns him."""
    text = "Orrin Blaskett, whose son Tobin Blaskett left Kelbrook in May, spoke at the hall."
    assert roles_in(nlp, text)["Tobin Blaskett"] == "Orrin Blaskett's son"


def test_girlfriend_is_owned_as_kin_is(nlp: Language) -> None:
    """ "Harold Quillby and his girlfriend, Nessa Dallow,": a partner noun names its owner."""
    text = "Harold Quillby and his girlfriend, Nessa Dallow, opened a bakery in Kelbrook."
    assert roles_in(nlp, text)["Nessa Dallow"] == "Harold Quillby's girlfriend"
