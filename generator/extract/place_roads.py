"""A road named by its number: "Interstate 40", "Highway 9", "State Route 12".

A name holds no digits, as a rule (`mentions`): a number in the model's span is most
often a date, a score or a count run into a name. A road's number is its name, though:
capitalised words that end on a word for a numbered road and then the number, which
the model reads as a facility or a place, name a place.
"""

from __future__ import annotations

import re

#: Labels of the model that a numbered road's name takes.
_PLACE_LABELS = frozenset({"FAC", "LOC", "GPE"})
#: Capitalised words (a state's "U.S.", "State"), a numbered road's word, then its number.
_NUMBERED_ROAD = re.compile(
    r"(?:[A-Z][\w.]* )*(?:Interstate|Highway|Route|Motorway|Freeway|Expressway|Autobahn"
    r"|Turnpike) \d{1,4}[A-Z]?"
)


def numbered_road(text: str, label: str) -> bool:
    """Whether an entity's text, with the model's label, is a road named by its number."""
    return label in _PLACE_LABELS and _NUMBERED_ROAD.fullmatch(text) is not None
