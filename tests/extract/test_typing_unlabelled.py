"""Entity typing from the places a name is written untagged: "the Nomad Trek handset"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def _kinds(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    return {e.name: e.kind for e in extract_entities(labelled(nlp, text, labels))}


def test_an_untagged_product_noun_after_a_name_makes_it_no_person(nlp: Language) -> None:
    """ "The Nomad Trek handset goes on sale" says what the tagged "Nomad Trek" is."""
    text = "The Nomad Trek handset goes on sale next week. Nomad Trek will cost 200 pounds."
    kinds = _kinds(nlp, text, [("Nomad Trek", "PERSON")])
    assert kinds.get("Nomad Trek") != "person"


def test_an_untagged_body_noun_after_a_name_makes_it_a_body(nlp: Language) -> None:
    """ "activists known as the Free Vale group": the tagged "Free Vale" is the group."""
    text = (
        "Ann Vell is one of the activists known as the Free Vale group. "
        "Free Vale began as an offshoot of a larger movement."
    )
    kinds = _kinds(nlp, text, [("Ann Vell", "PERSON"), ("Free Vale", "PERSON")])
    assert kinds.get("Free Vale") == "organization"
    assert kinds.get("Ann Vell") == "person"


def test_a_name_before_a_noun_without_an_article_stays_a_person(nlp: Language) -> None:
    """ "Tom Ames band members": no article before the name, so no evidence against him."""
    text = "Tom Ames band members said the tour would go ahead. Tom Ames said he was pleased."
    kinds = _kinds(nlp, text, [("Tom Ames", "PERSON")])
    assert kinds.get("Tom Ames") == "person"
