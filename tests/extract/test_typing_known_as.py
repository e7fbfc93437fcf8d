"""The name a person is "known as" is that person's other name, not a body."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled, labelled_kinds


def _form_kinds(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    """Written form -> kind, for every entity's name and alias: the other name may be either."""
    entities = extract_entities(labelled(nlp, text, labels))
    return {form: e.kind for e in entities for form in [e.name, *e.aliases]}


def test_a_clause_known_as_names_a_person(nlp: Language) -> None:
    """ "Ivo Brask, who is known as Kestro and leads the band": a person's other name."""
    text = "Ivo Brask, who is known as Kestro and leads the band, was fined on Monday."
    kinds = _form_kinds(nlp, text, [("Ivo Brask", "PERSON"), ("Kestro", "ORG")])
    assert kinds.get("Kestro") == "person"


def test_better_known_as_names_a_person(nlp: Language) -> None:
    """ "The rapper Pia Lund, better known as Zedda,": her stage name, however it was read."""
    text = "The rapper Pia Lund, better known as Zedda, cancelled her tour on Friday."
    kinds = _form_kinds(nlp, text, [("Pia Lund", "PERSON"), ("Zedda", "ORG")])
    assert kinds.get("Zedda") == "person"


def test_a_body_known_as_stays_a_body(nlp: Language) -> None:
    """ "The fund, known as Harbex,": what is known so is no person, so the name stays a body."""
    text = "The fund, known as Harbex, said its assets rose."
    assert labelled_kinds(nlp, text, [("Harbex", "ORG")]).get("Harbex") == "organization"


def test_a_former_name_is_no_person(nlp: Language) -> None:
    """ "Dal Osman Kir, formerly known as Harvel,": a renamed militia's old name is no person's."""
    # The model read the militia as a person.
    text = "The attack was claimed by Dal Osman Kir, formerly known as Harvel, on Sunday."
    kinds = labelled_kinds(nlp, text, [("Dal Osman Kir", "PERSON"), ("Harvel", "ORG")])
    assert kinds.get("Harvel") != "person"
