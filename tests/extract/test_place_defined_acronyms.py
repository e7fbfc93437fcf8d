"""An acronym the text defines after a phrase that is no place is no place either."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import ORG, PLACE
from tests.extract.conftest import labelled_kinds

_SYSTEM = (
    'Dornwick has ended its much criticised "Custody Through Farm Work" (CTFW) system, '
    "Harriet Quillby said. Few CTFW camps are left, and the CTFW wardens will retire."
)


def test_an_acronym_of_a_system_is_no_place(nlp: Language) -> None:
    """'few CTFW camps' read as a place: the brackets define CTFW as a system's initials."""
    labels = [("Dornwick", "GPE"), ("CTFW", "ORG"), ("Harriet Quillby", "PERSON")]
    labels += [("CTFW", "GPE"), ("CTFW", "ORG")]
    kinds = labelled_kinds(nlp, _SYSTEM, labels)
    assert kinds.get("CTFW") != PLACE


def test_an_acronym_of_a_network_is_a_body(nlp: Language) -> None:
    """The initials of a phrase ending in a body's word name that body, not a place."""
    text = (
        "The Velm Broadcasting Network (VBN) aired the debate. "
        "Crews at VBN studios filmed it for Harriet Quillby."
    )
    labels = [("VBN", "GPE"), ("VBN", "GPE"), ("Harriet Quillby", "PERSON")]
    assert labelled_kinds(nlp, text, labels).get("VBN") == ORG
