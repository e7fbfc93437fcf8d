"""The eight points of the compass as news spells them, for the place readers that need them.

Each point has its noun ("north", "north-east", "northeast") and its adjective in -ern
("northern", "north-eastern", "northeastern"); the readers that need more words of where
("central", "coastal", "inland") add their own to these.
"""

from __future__ import annotations

__all__ = ["CARDINAL_ADJECTIVES", "CARDINAL_POINTS", "COMPASS_ADJECTIVES", "COMPASS_POINTS"]

#: The four cardinal points: "north".
CARDINAL_POINTS = frozenset({"north", "south", "east", "west"})
#: The four between them, in one word and with a hyphen: "northeast", "north-east".
_BETWEEN_POINTS = frozenset(
    f"{upright}{joint}{side}"
    for upright in ("north", "south")
    for side in ("east", "west")
    for joint in ("", "-")
)
#: The eight points' nouns: "north", "southwest", "south-west".
COMPASS_POINTS = CARDINAL_POINTS | _BETWEEN_POINTS
#: The cardinal points' adjectives: "northern".
CARDINAL_ADJECTIVES = frozenset(f"{point}ern" for point in CARDINAL_POINTS)
#: The eight points' adjectives: "northern", "southwestern", "south-western".
COMPASS_ADJECTIVES = frozenset(f"{point}ern" for point in COMPASS_POINTS)
