"""Two people's surnames joined by "and" are the two people, not one name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled

_STORY = (
    "Ardley and Quint clash over budget\n\n"
    "Ministers said Hana Ardley and Colm Quint had argued for weeks about the budget."
)


def test_a_pair_of_surnames_is_each_person(nlp: Language) -> None:
    """ "Ardley and Quint" in a headline is Hana Ardley's and Colm Quint's surnames."""
    doc = labelled(
        nlp,
        _STORY,
        [("Ardley and Quint", "ORG"), ("Hana Ardley", "PERSON"), ("Colm Quint", "PERSON")],
    )
    entities = extract_entities(doc)
    people = {e.name: {m.text for m in e.mentions} for e in entities if e.kind == PERSON}
    assert set(people) == {"Hana Ardley", "Colm Quint"}
    assert "Ardley" in people["Hana Ardley"] and "Quint" in people["Colm Quint"]


def test_a_firm_named_after_two_names_stays_whole(nlp: Language) -> None:
    """ "Ardley and Quint said": no person of the story bears either name, so it is one name."""
    text = "Ardley and Quint said its sales rose in the spring."
    doc = labelled(nlp, text, [("Ardley and Quint", "ORG")])
    assert [e.name for e in extract_entities(doc)] == ["Ardley and Quint"]
