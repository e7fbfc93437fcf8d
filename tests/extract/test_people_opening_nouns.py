"""A common noun that opens a sentence before a famous city's name is no person's given name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PERSON, PLACE
from tests.extract.conftest import person_labelled_kinds


def test_a_common_noun_before_a_famous_city_is_no_persons_name(nlp: Language) -> None:
    """ "Benchmark London cocoa rose": the market's city, not a person "Benchmark London"."""
    text = "Benchmark London cocoa rose 2 percent on Monday as traders bought."
    kinds = person_labelled_kinds(nlp, text, ["Benchmark London"])
    assert "Benchmark London" not in kinds
    assert kinds.get("London") == PLACE


def test_a_given_name_before_a_famous_city_stays_a_person(nlp: Language) -> None:
    """ "Dale Paris said": no noun after the two words for them to qualify; a person's name."""
    text = "Dale Paris said on Monday that the shop would close."
    kinds = person_labelled_kinds(nlp, text, ["Dale Paris"])
    assert kinds.get("Dale Paris") == PERSON
