"""Adjectives of judgement ("glamorous", "brilliant") are cut from roles; facts stay."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_praise_before_kin_noun_is_cut(nlp: Language) -> None:
    """ "his glamorous wife, Petra Vellacott,": the role is "wife"."""
    text = "Dorian Vellacott arrived at the gala with his glamorous wife, Petra Vellacott, 44."
    assert roles_in(nlp, text)["Petra Vellacott"] == "wife, 44"


def test_praise_inside_phrase_keeps_owner(nlp: Language) -> None:
    """ "Quillby's powerful adviser": the owner stays, the praise goes."""
    text = (
        "Harriet Quillby spoke on Monday. Osric Penhale, Quillby's powerful adviser, "
        "declined to comment on the plans for Dornwick."
    )
    assert roles_in(nlp, text)["Osric Penhale"] == "Quillby's adviser"


def test_fact_adjectives_stay(nlp: Language) -> None:
    """ "a young Welsh designer": age and nationality are facts and stay."""
    text = "Tamsin Orrell, a brilliant young Welsh designer, opened a shop in Dornwick."
    assert roles_in(nlp, text)["Tamsin Orrell"] == "young Welsh designer"


def test_praise_in_title_before_name_is_cut(nlp: Language) -> None:
    """ "with glamorous wife Petra": the title before the name is "wife"."""
    text = "Dorian Vellacott, 51, posed at the Dornwick gala with glamorous wife Petra on Friday."
    assert roles_in(nlp, text)["Petra"] == "wife"


def test_rank_that_looks_like_praise_stays(nlp: Language) -> None:
    """ "an able seaman": a naval rating, not a judgement."""
    text = "Osric Penhale, an able seaman from Dornwick, served on the frigate."
    assert roles_in(nlp, text)["Osric Penhale"] == "able seaman from Dornwick"
