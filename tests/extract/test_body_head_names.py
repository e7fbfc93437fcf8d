"""Bodies named by a head noun and a capitalised "of"/"for" complement."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG
from tests.extract.conftest import labelled_kinds


def test_a_head_noun_before_the_models_complement_joins_it(nlp: Language) -> None:
    """ "the Society for Quell Fairness": the model read only the complement."""
    text = "Dr Ida Marsh of the Society for Quell Fairness said the rules were too weak."
    kinds = labelled_kinds(nlp, text, [("Ida Marsh", "PERSON"), ("Quell Fairness", "ORG")])
    assert kinds.get("Society for Quell Fairness") == ORG
    assert "Quell Fairness" not in kinds


def test_an_untagged_body_of_this_shape_is_read(nlp: Language) -> None:
    """ "the Foundation for Open Orchards", which the model left outside every name."""
    text = "Lena Voss, who chairs the Foundation for Open Orchards, will step down in May."
    kinds = labelled_kinds(nlp, text, [("Lena Voss", "PERSON")])
    assert kinds.get("Foundation for Open Orchards") == ORG


def test_a_run_on_body_after_and_is_split(nlp: Language) -> None:
    """ "the University of Tarnby and Welk State University" are two bodies, not one."""
    text = "Scientists at the University of Tarnby and Welk State University led the trial."
    whole = "University of Tarnby and Welk State University"
    kinds = labelled_kinds(nlp, text, [(whole, "ORG")])
    assert kinds.get("University of Tarnby") == ORG
    assert kinds.get("Welk State University") == ORG


def test_a_complement_with_linking_words_stays_whole(nlp: Language) -> None:
    """ "the Academy of Glass and Clay Arts": "and" between capitals with no second head."""
    text = "Her vases won a prize from the Academy of Glass and Clay Arts last week."
    kinds = labelled_kinds(nlp, text, [("Glass and Clay Arts", "ORG")])
    assert kinds.get("Academy of Glass and Clay Arts") == ORG


def test_a_person_inside_leaves_the_models_reading(nlp: Language) -> None:
    """ "the Office of Governor Ama Reyes": a person's name is no body's complement."""
    text = "A letter from the Office of Governor Ama Reyes was read out on Friday."
    kinds = labelled_kinds(nlp, text, [("Ama Reyes", "PERSON")])
    assert "Office of Governor Ama Reyes" not in kinds


def test_a_date_after_the_name_ends_it(nlp: Language) -> None:
    """ "the Trust for Marsh Voles on Friday": the weekday is no word of the name."""
    text = "Volunteers from the Trust for Marsh Voles on Friday counted the nests."
    kinds = labelled_kinds(nlp, text, [("Marsh Voles", "ORG"), ("Friday", "DATE")])
    assert kinds.get("Trust for Marsh Voles") == ORG
