"""A war's or a battle's name is an event's, not a body's: "the Tarnish War", "the Battle of
Kelby Ridge", "the Siege of Norport".

The model often reads such a name as an organization, and the event words of
data/evidence.yaml leave a name the model calls a body alone (a "conference" or a "cup"
may be a league's name). A war and a battle are never bodies, so the shape alone decides:
capitalised words ending in "War" ("Veterans of Foreign Wars", "Stop the War" and a
"Ministry of War" name bodies, and are left alone), or "Battle of", "Siege of" or
"Massacre of" before a place, unless a body's last word ends the name ("the Battle of
Kelby Memorial Trust"). General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import cues

#: Nouns that open an event's name before "of" and its place: "the Siege of Norport".
_EVENTS_OF = frozenset({"Battle", "Siege", "Massacre"})


def _war_name(span: Span) -> bool:
    """Capitalised words ending in "War" with no small word among them: "Tarnish War",
    "Second World War"; not "Ministry of War", "Stop the War", "Foreign Wars"."""
    return len(span) > 1 and span[-1].text == "War" and all(t.is_title for t in span)


def _event_of_a_place(span: Span) -> bool:
    """ "Battle of", "Siege of" or "Massacre of" before one more word at least, with no
    body's last word at the end: "Battle of Kelby Ridge"; not "Battle of Kelby Trust"."""
    words = cues()
    if span[-1].lower_ in words.org_suffixes or span[-1].lower_ in words.org_heads:
        return False
    return any(
        span[i].text in _EVENTS_OF and span[i + 1].text == "of" for i in range(len(span) - 2)
    )


def event_name(span: Span) -> bool:
    """Whether the name is a war's or a battle's by its shape (see the module's doc)."""
    return _war_name(span) or _event_of_a_place(span)
