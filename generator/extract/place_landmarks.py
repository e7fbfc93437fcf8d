"""The country of a landmark no data library lists, from the packaged table of them.

Seats of government, palaces, airports and streets a capital is known by ("Leinster House",
"Zhongnanhai") are named alone, without their city, and GeoNames' tables hold towns, not
buildings or streets. A story filed from the capital names them beside places abroad only
("Leinster House" and Peru), so that its other places cannot place them
(`place_story`), or beside more places of another country, which then would. The table
`data/landmarks.yaml` places them; a place whose name the gazetteer knows as a town is a
town, and never looked up here.
"""

from __future__ import annotations

from functools import cache

from generator.extract.lexicon import load_data, normalize


@cache
def _landmarks() -> dict[str, str]:
    """The landmarks table: normalized name -> ISO country code, read once."""
    table: dict[str, str] = load_data("landmarks.yaml")
    return {normalize(name): code for name, code in table.items()}


def landmark_country(name: str) -> str | None:
    """The country code of the landmark called ``name``, if the table lists it."""
    return _landmarks().get(normalize(name))
