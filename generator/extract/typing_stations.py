"""Evidence that a name is a radio station's: "Radio Ashby", "Kessock FM".

A station takes "Radio" before a town or a word ("Radio Ashby told listeners") or "FM" after
it; no person's name opens with "Radio" or ends in "FM", and a station is named beside the
presenters of its shows ("Radio Ashby presenter Jo Ames"), which makes it read as a show's
title to the votes on programmes. A station is a body that broadcasts, employs and speaks.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.mentions import ORG, Mention

#: Weight: more than a programme's vote from a presenter named after the station.
_WEIGHT = 3.0


def station_votes(mention: Mention) -> None:
    """A name of two words or more that opens with "Radio" ("Radio 4" too) or ends in "FM" is
    a station's."""
    span = mention.span
    if len(span) < 2:
        return
    station = span[0].text == "Radio" and (span[1].is_title or span[1].like_num)
    if station or span[-1].text == "FM":
        mention.vote(ORG, _WEIGHT)


#: Labels of names a station's town may be read as.
_TOWN_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON"})


def station_of_town(ent: Span) -> Span:
    """The entity run back to a "Radio" the model left outside every name ("Radio" + "Ashby
    said"), as a station; any other entity as it is."""
    doc = ent.doc
    if ent.label_ not in _TOWN_LABELS or ent.start == 0:
        return ent
    radio = doc[ent.start - 1]
    if radio.text != "Radio" or radio.ent_iob_ != "O":
        return ent
    station = doc[ent.start - 1 : ent.end]
    station.label_ = "ORG"
    return station
