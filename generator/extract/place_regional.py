"""Which countries a story names a region of, as evidence for a namesake town there.

"Wellington" beside "Utah" is the Utah town, though the New Zealand capital is known the
world over: a story that names a state and no other country is set there. A story that
names a state among many countries (a map of the world naming Alaska, Mexico and China)
is set in none of them for that, and a city known the world over keeps its country there
("Florence" beside "Alaska" is still the Italian city). So a region's country is evidence
only when it is the one country the story names, or the one most of its places are in.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.extract.lexicon import Place


def regional_countries(
    places: Iterable[Place], named: frozenset[str], home: str | None
) -> frozenset[str]:
    """The country codes of the regions within a country that a document names ("Utah"),
    each only when it is the one country the document names (``named``) or the country
    most of its places are in (``home``, `story_country`)."""
    codes = frozenset(p.country_code for p in places if p.kind == "region" and p.country_code)
    return frozenset(c for c in codes if c == home or named == frozenset([c]))
