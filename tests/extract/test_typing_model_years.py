"""A name after a model year in a phrase of "a" or "his" is a product, not a body."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_make_and_model_after_a_year_is_no_body(nlp: Language) -> None:
    """ "a grey 2011 Kelso QX" read as an organization is a car."""
    text = "Police said the pair drove off in a grey 2011 Kelso QX before dawn."
    assert "Kelso QX" not in labelled_kinds(nlp, text, [("Kelso QX", "ORG")])


def test_a_name_before_a_noun_after_a_year_keeps_its_kind(nlp: Language) -> None:
    """ "the 2016 Tarrow Group campaign": the name qualifies a campaign, and stays a body."""
    text = "She worked on the 2016 Tarrow Group campaign in Ohio."
    assert labelled_kinds(nlp, text, [("Tarrow Group", "ORG")]).get("Tarrow Group") is not None
