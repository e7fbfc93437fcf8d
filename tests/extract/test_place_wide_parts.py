"""A direction's part of a region of no country is a place, whatever the model read."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_part_of_a_region_of_no_country_is_a_place(nlp: Language) -> None:
    """ "across the North Caucasus", which the model reads as a body, is a place."""
    kinds = entity_kinds(nlp, "Fighting spread across the North Caucasus on Monday.")
    assert kinds.get("North Caucasus") == "place"


def test_an_untagged_part_before_a_noun_of_regions_is_a_place(nlp: Language) -> None:
    """A part of the Caucasus the model leaves out before "region" is found as a place."""
    kinds = entity_kinds(
        nlp, "Police sealed roads in the heavily-Moslem North Caucasus region on Friday."
    )
    assert kinds.get("North Caucasus") == "place"
