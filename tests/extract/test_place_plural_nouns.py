"""Two names the model read as one before the plural of a place noun are two places."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def _places_read(nlp: Language, text: str, form: str, label: str) -> set[str]:
    """The places extracted where the model read ``form`` as one name of ``label``."""
    found = extract_entities(labelled(nlp, text, [(form, label)]))
    return {entity.name for entity in found if entity.kind == PLACE}


def test_two_prisons_named_before_their_plural(nlp: Language) -> None:
    """ "held at Marwick and Tollen prisons": each name is a prison, not one place."""
    text = "The nine men are being held at Marwick and Tollen prisons, officials said."
    assert {"Marwick", "Tollen"} <= _places_read(nlp, text, "Marwick and Tollen", "FAC")


def test_two_fields_named_before_their_plural(nlp: Language) -> None:
    """ "the Dovik and Kesh fields": the model's one body is two oilfields."""
    text = "Jets struck the Dovik and Kesh fields again on Tuesday, shipping sources said."
    assert {"Dovik", "Kesh"} <= _places_read(nlp, text, "Dovik and Kesh", "ORG")


def test_a_body_word_keeps_the_name_whole(nlp: Language) -> None:
    """ "Tarn Holdings and Kelby fields": a part with a body's word is no place list."""
    text = "Investors in Tarn Holdings and Kelby fields met on Tuesday to discuss the sale."
    assert "Kelby" not in _places_read(nlp, text, "Tarn Holdings and Kelby", "ORG")
