"""Stage names: a one-word name a person performs under is that person's."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import labelled_kinds


def test_a_name_a_singer_performs_as_is_a_person(nlp: Language) -> None:
    """ "Lena Crisp, who performs as Vexo," : the model's body is the singer."""
    text = "Lena Crisp, who performs as Vexo, signed a deal. Vexo's single sold well."
    labels = [("Lena Crisp", "PERSON"), ("Vexo", "ORG"), ("Vexo", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("Vexo") == PERSON


def test_a_name_a_band_performs_as_is_no_person(nlp: Language) -> None:
    """ "The band, which performs as Tarvo," : "which" is no person's subject."""
    text = "The band, which performs as Tarvo, signed a deal. Tarvo's single sold well."
    labels = [("Tarvo", "ORG"), ("Tarvo", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("Tarvo") != PERSON
