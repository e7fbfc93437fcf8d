"""A name something happens during is an event's, not a place's.

"homes lost during the Velby Ridge Fire": "during" takes a span of time, and a name it takes
whole is what went on then, a fire, a festival or a war, never where. A name the tables place
is left alone: "during Tarvia" may be said of a country's war, and the country is still named.
"""

from __future__ import annotations

from generator.extract.mentions import WORK, Mention


def event_named(mention: Mention) -> bool:
    """Whether a name the tables do not place, which the model read as no person, is the
    object of "during"; votes it a thing (an event) so."""
    span = mention.span
    if mention.place is not None or span.label_ == "PERSON":
        return False
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "during":
        return False
    mention.vote(WORK, 3.0)
    return True
