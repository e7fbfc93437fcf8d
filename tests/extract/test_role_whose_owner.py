"""A post with "whose" before it ("Acme, whose chief, Jo Roe,") is the body's post."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_whose_post_of_a_named_body(nlp: Language) -> None:
    """ "Corrin Foods, whose chief executive, Ines Marr, ...": Corrin Foods' chief."""
    text = "The deal was signed by Corrin Foods, whose chief executive, Ines Marr, flew in."
    assert roles_in(nlp, text)["Ines Marr"] == "chief executive of Corrin Foods"


def test_whose_post_of_a_body_noun(nlp: Language) -> None:
    """ "The charity, whose founder, Bea Lusk, died": the charity's founder."""
    text = "The charity, whose founder, Bea Lusk, died last year, said it would carry on."
    assert roles_in(nlp, text)["Bea Lusk"] == "founder of the charity"
