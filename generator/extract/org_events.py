"""Events read as organizations: "tested ten times during the Tour of Tarnland".

Something happens "during" or "throughout" an event, a season or a war; never during a
body. A name that the parse makes the object of such a word at one of its mentions is an
event's, not an organization's, whatever else the text says of it ("the Tour of Tarnland
ambles round the hills"), unless the tables know it or the text says outright it is a
body ("investment bank Tarn Hollis").
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.mentions import Mention, organizations_by_key, without_organizations

#: Prepositions whose object is a stretch of time.
_TIME_PREPOSITIONS = frozenset({"during", "throughout"})


def _during(span: Span) -> bool:
    """ "during the Tour of Tarnland": the name is the object of a preposition of time."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _TIME_PREPOSITIONS


def without_event_bodies(mentions: list[Mention]) -> list[Mention]:
    """The mentions without those of organizations that something happens during."""
    names = organizations_by_key(mentions)
    events = {
        key
        for key, found in names.items()
        if any(_during(m.span) for m in found) and not any(m.fixed or m.named_body for m in found)
    }
    return without_organizations(mentions, events)
