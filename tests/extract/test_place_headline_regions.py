"""A headline place must be one the tables know: a capitalised phrase the model calls a region
is no place when nothing else says so."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import Entity, extract_entities
from generator.extract.title_entities import with_title

_BODY = (
    "Tankers waited off the coast on Tuesday as talks between the two navies stalled, "
    "shipping agents said. The agents said ten ships were anchored."
)


def _places(nlp: Language, headline: str) -> list[str]:
    """Names of the places of ``_BODY`` under ``headline``."""
    body = nlp(_BODY)
    found: list[Entity] = with_title(extract_entities(body), nlp(headline), body)
    return [e.name for e in found if e.kind == "place"]


def test_a_region_only_the_model_reads_in_a_headline_is_dropped(nlp: Language) -> None:
    """ "NEW GULF TENSION AS TANKERS WAIT": "New Gulf" is no region the tables know."""
    assert "New Gulf" not in _places(nlp, "New Gulf tension as tankers wait")


def test_a_known_region_of_a_headline_stays(nlp: Language) -> None:
    """ "Tankers wait off the Middle East": a region the tables know is kept."""
    assert "Middle East" in _places(nlp, "Tankers wait off the Middle East")
