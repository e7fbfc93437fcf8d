"""A body that speaks under a short form of a name the story gave it in full before.

News names a body in full once ("NHS Wessex", "the British Horse Society") and then
writes it short: "an NHS spokeswoman said", "a spokesperson for the Society added". The
entities may keep the short form as a body of its own; the one that speaks is still the
body named in full, when exactly one earlier name holds the short form's words in order
(`shortened`). A longer name that ends in a noun for a part of a body the short form
lacks ("Treasury Committee" for "the Treasury") may be only a part of it: no change.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.entities import ORG, Entity
from generator.extract.referent_missed_organizations import part_named, shortened

__all__ = ["full_body"]


def full_body(speaker: Entity | None, entities: Sequence[Entity]) -> Entity | None:
    """The one organization named before ``speaker`` in full whose name the speaker's
    writes short; the speaker itself otherwise."""
    if speaker is None or speaker.kind != ORG:
        return speaker
    form = speaker.name.lower().split()
    longer = [
        e
        for e in entities
        if e is not speaker
        and e.kind == ORG
        and 0 <= e.first < speaker.first
        and shortened(form, e.name)
    ]
    if len(longer) != 1 or part_named(form, longer[0].name):
        return speaker
    return longer[0]
