"""A name before the noun of a land or water form is a place, though the parse misreads it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def _kind(nlp: Language, text: str, name: str, *others: tuple[str, str]) -> str | None:
    """The kind of ``name``, which the model read as a body, beside ``others`` it read."""
    kinds = {
        e.name: e.kind for e in extract_entities(labelled(nlp, text, [(name, "ORG"), *others]))
    }
    return kinds.get(name)


def test_a_name_before_plain_read_as_an_adverb_is_a_place(nlp: Language) -> None:
    """ "across the Varsel plain toward": "plain" parsed as an adverb still names land."""
    text = "Rebels were reported moving across the Varsel plain toward the coast, the agency said."
    assert _kind(nlp, text, "Varsel") == PLACE


def test_a_listed_field_owned_by_a_country_is_a_place(nlp: Language) -> None:
    """ "Oman's Dovik, Kesh and Morra offshore oilfields": each name of the list is a field."""
    text = "Jets struck Oman's Dovik, Kesh and Morra offshore oilfields early on Monday."
    assert _kind(nlp, text, "Dovik", ("Kesh", "ORG"), ("Morra", "LOC")) == PLACE


def test_a_name_before_a_presidential_palace_is_a_place(nlp: Language) -> None:
    """ "the Villa Roja presidential palace": the palace is a place, not a body."""
    text = "Guards sealed off the ornate Villa Roja presidential palace in the capital on Monday."
    assert _kind(nlp, text, "Villa Roja") == PLACE
