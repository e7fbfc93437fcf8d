"""Entity typing of a name after an occupation of the arts or sport: a stage name is a person's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_stage_name_after_rapper_is_a_person(nlp: Language) -> None:
    """ "rapper Krayzon", which the model reads as a town, is a person."""
    kinds = entity_kinds(
        nlp, "Tickets for rapper Krayzon sold out in minutes. Krayzon said he was humbled."
    )
    assert kinds.get("Krayzon") == "person"


def test_a_stage_name_like_a_place_after_rapper_is_a_person(nlp: Language) -> None:
    """ "rapper Siren Coast" is a person though the name is made like a place's."""
    kinds = entity_kinds(
        nlp,
        "Fans cheered as rapper Siren Coast performed two songs. Siren Coast said it was a dream.",
    )
    assert kinds.get("Siren Coast") == "person"
