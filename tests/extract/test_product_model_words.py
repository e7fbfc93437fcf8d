"""Entity typing of products whose names end in a word of models: "Kestrel Ultra", "Nova Lite"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_name_ending_in_a_model_word_is_no_person(nlp: Language) -> None:
    """ "Kestrel Ultra costs 900 pounds": no surname is "Ultra", whatever the model says."""
    text = "Kestrel Ultra costs 900 pounds and goes on sale in May. Kestrel Ultra sold out."
    kinds = person_labelled_kinds(nlp, text, ["Kestrel Ultra"])
    assert kinds.get("Kestrel Ultra") != "person"


def test_a_person_whose_surname_is_no_model_word_stays(nlp: Language) -> None:
    """ "Ann Vell said she liked the Nova Lite": the reviewer stays a person."""
    text = "Ann Vell said she liked the Nova Lite more than the older phone."
    kinds = person_labelled_kinds(nlp, text, ["Ann Vell", "Nova Lite"])
    assert kinds.get("Ann Vell") == "person"
    assert kinds.get("Nova Lite") != "person"
