"""A place the model ran on into its officer's possessive: "Tarn County Sheriff's"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PLACE
from tests.extract.conftest import labelled_kinds


def test_the_officers_office_is_one_body(nlp: Language) -> None:
    """ "Welk County Sheriff's Office": the place and the title name the office."""
    text = "Two men were held by the Welk County Sheriff's Office after the chase."
    kinds = labelled_kinds(nlp, text, [("Welk County Sheriff's", "GPE")])
    assert kinds.get("Welk County Sheriff's Office") == ORG
    assert "Welk County Sheriff" not in kinds


def test_before_a_common_noun_the_title_leaves_the_place(nlp: Language) -> None:
    """ "Welk County Coroner's staff": the county is the place, the coroner no part of it."""
    text = "Welk County Coroner's staff named the driver late on Sunday night."
    kinds = labelled_kinds(nlp, text, [("Welk County Coroner's", "GPE")])
    assert kinds.get("Welk County") == PLACE
    assert "Welk County Coroner" not in kinds
