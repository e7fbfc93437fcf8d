"""A one-word "person" the document also writes in lower case is a common word, no name."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_word_written_lower_case_later_is_no_person(nlp: Language) -> None:
    """'Vandalo is a mood' and later 'a speech on vandalo': no person Vandalo."""
    text = (
        "Tom Roke spoke on Friday. Vandalo is a mood and not a club, he said. "
        "He gave a long speech on vandalo at the hall."
    )
    kinds = person_labelled_kinds(nlp, text, ["Tom Roke", "Vandalo"])
    assert "Vandalo" not in kinds and kinds.get("Tom Roke") == "person"


def test_titled_word_stays_a_person(nlp: Language) -> None:
    """'Mr Frost' is someone's name even though the story also has a hard frost."""
    text = "Mr Frost said the roads were shut. A hard frost had come in the night."
    kinds = person_labelled_kinds(nlp, text, ["Frost"])
    assert kinds.get("Frost") == "person"


def test_surname_of_a_full_name_stays_a_person(nlp: Language) -> None:
    """'Ann Best' and then 'Best said', beside 'the best': still her."""
    text = "Ann Best won the race. Best said it was the best day of her life."
    kinds = person_labelled_kinds(nlp, text, ["Ann Best", "Best"])
    assert kinds.get("Ann Best") == "person" and kinds.get("Best", "person") == "person"


def test_given_name_stays_a_person(nlp: Language) -> None:
    """'Grace' whom 'she' takes up stays a person, though the text also says 'by grace'."""
    text = "Grace won the cup. She said she had won it by grace and luck."
    kinds = person_labelled_kinds(nlp, text, ["Grace"])
    assert kinds.get("Grace") == "person"
