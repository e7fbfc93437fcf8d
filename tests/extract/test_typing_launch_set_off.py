"""A name set off after the object of a verb of launching is what was launched: "launched a
new cereal, Choco Flakes", "unveiled its phone, the Nova Tarn"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_launched_cereal_named_after_a_comma_is_no_person(nlp: Language) -> None:
    """ "Hobbin has launched a new cereal, Choco Flakes": a product."""
    text = "Hobbin has launched a new cereal, Choco Flakes. It will be sold in May."
    kinds = person_labelled_kinds(nlp, text, ["Choco Flakes"])
    assert kinds.get("Choco Flakes") != "person"


def test_a_released_suspect_stays_a_person(nlp: Language) -> None:
    """ "Police released a suspect, Tom Vell, on bail": a suspect is a person."""
    text = "Police released a suspect, Tom Vell, on bail. Vell said he was innocent."
    kinds = person_labelled_kinds(nlp, text, ["Tom Vell"])
    assert kinds.get("Tom Vell") == "person"
