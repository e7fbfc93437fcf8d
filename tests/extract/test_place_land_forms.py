"""A name beside a noun of land or water ("the Farrow peninsula") is a place, not a body."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled_kinds


def test_a_name_before_peninsula_is_a_place(nlp: Language) -> None:
    """ "a farm in the Farrow peninsula" read as a body by the model: the noun says it is land."""
    text = "Walkers crossed the moors to reach a small farm in the Farrow peninsula."
    assert labelled_kinds(nlp, text, [("Farrow", "ORG")]).get("Farrow") == PLACE


def test_the_peak_of_a_name_is_a_place(nlp: Language) -> None:
    """ "the snowy peak of Kardovend" read as a body: a peak's name is a place's."""
    text = "The climbers camped below the snowy peak of Kardovend for two nights."
    assert labelled_kinds(nlp, text, [("Kardovend", "ORG")]).get("Kardovend") == PLACE
