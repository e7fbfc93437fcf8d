"""Names of charters, protocols and other documents are no people and no bodies."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.document_names import document_name
from generator.extract.nlp import load_nlp
from tests.extract.conftest import labelled, person_labelled_kinds


def test_charter_read_as_a_person_is_dropped(nlp: Language) -> None:
    """'back to Tarna Carta': an old charter's name the model called a person is no one."""
    text = "Tom Roke said the right goes back to Tarna Carta, and people fought for it."
    kinds = person_labelled_kinds(nlp, text, ["Tom Roke", "Tarna Carta"])
    assert "Tarna Carta" not in kinds and kinds.get("Tom Roke") == "person"


def test_protocol_read_as_a_body_is_dropped(nlp: Language) -> None:
    """'the Vellmouth Protocol' labelled a body is a document, not an organization."""
    text = "Ministers will rewrite the Vellmouth Protocol next month, Ann Roke said."
    doc = labelled(nlp, text, [("Vellmouth Protocol", "ORG"), ("Ann Roke", "PERSON")])
    assert document_name(doc.ents[0])


def test_bill_ending_a_person_stays() -> None:
    """'Wild Bill' read as a person keeps the model's person; 'the Tarn Reform Bill' does not."""
    doc = load_nlp()("Wild Bill rode in. The Tarn Reform Bill passed.")
    person, bill = doc[0:2], doc[6:9]
    person.label_, bill.label_ = "PERSON", "ORG"
    assert not document_name(person) and document_name(bill)
