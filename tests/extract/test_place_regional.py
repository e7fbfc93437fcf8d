"""A state named among many countries does not pull a city known the world over there."""

from __future__ import annotations

from generator.extract.lexicon import Place
from generator.extract.place_countries import settled_places
from generator.extract.place_regional import regional_countries

ODESSA = Place("Odessa", "city", "UA")
IDAHO = Place("Idaho", "region", "US")
ABROAD = [Place("Japan", "country", "JP"), Place("Chile", "country", "CL")]


def test_a_world_city_keeps_its_country_beside_a_state_among_many_countries() -> None:
    """Odessa in a story naming Idaho, Japan and Chile is the Black Sea port, not the Texan town."""
    settled = settled_places([ODESSA, IDAHO, *ABROAD])
    assert settled[0] == ODESSA


def test_a_state_is_evidence_when_its_country_is_the_only_one_named() -> None:
    """A story naming Idaho and no other country counts the United States as regional."""
    assert regional_countries([ODESSA, IDAHO], frozenset(["US"]), None) == frozenset(["US"])
    assert regional_countries([IDAHO, *ABROAD], frozenset(["US", "JP", "CL"]), None) == frozenset()
