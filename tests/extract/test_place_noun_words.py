"""The plural of a noun of people that is a place noun too ("refugees") makes no place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PLACE
from generator.extract.lexicon import lexicon
from generator.extract.place_noun_words import place_noun
from tests.extract.conftest import labelled_kinds


def test_a_name_before_refugees_is_no_place(nlp: Language) -> None:
    """ "Many Kelvar Tosk refugees fled": the name says who the refugees are, not where."""
    kinds = labelled_kinds(
        nlp, "Many Kelvar Tosk refugees fled across the river.", [("Kelvar Tosk", "PERSON")]
    )
    assert kinds.get("Kelvar Tosk") != PLACE


def test_a_known_region_before_refugees_is_no_place(nlp: Language) -> None:
    """ "Afar" before "refugees" names the people, not the Ethiopian region the gazetteer knows."""
    kinds = labelled_kinds(
        nlp, "Hundreds of Afar refugees reached the coast on Monday.", [("Afar", "NORP")]
    )
    assert kinds.get("Afar") != PLACE


def test_plural_place_nouns_still_count(nlp: Language) -> None:
    """ "towns" and "regions" are plurals of place nouns; "refugee" in the singular is one."""
    doc = nlp("The towns and regions near the refugee camp were quiet.")
    assert place_noun(doc[1], lexicon()) and place_noun(doc[3], lexicon())
    assert place_noun(doc[6], lexicon())
    assert not place_noun(nlp("Many refugees fled.")[1], lexicon())
