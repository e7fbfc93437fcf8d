"""A name set before a firm's figure is a firm's or a product's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_name_before_sales_is_no_person(nlp: Language) -> None:
    """ "Tarvo Switch sales fell short": a product's sales, no person's."""
    text = "The delay came after Tarvo Switch sales of its racing game fell short."
    assert person_labelled_kinds(nlp, text, ["Tarvo Switch"]).get("Tarvo Switch") != "person"


def test_a_person_before_a_figure_of_another_stays(nlp: Language) -> None:
    """ "Jo Ames said sales fell": the figure is not the name's modifier."""
    text = "Jo Ames said sales fell, and she blamed the weather."
    assert person_labelled_kinds(nlp, text, ["Jo Ames"]).get("Jo Ames") == "person"
