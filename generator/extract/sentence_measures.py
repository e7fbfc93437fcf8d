"""A measure of time that a cut leaves without the event it measures from.

"Heart failure can be spotted up to six years before it strikes." says how long before
what; cutting the "before ..." clause leaves "can be spotted up to six years.", which
measures from nothing. The parser often hangs the measure ("six years",
"shortly", "days") on the main verb rather than on the clause, so a cut of the clause
alone strands it.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

#: Words that open the clause or phrase a measure of time counts from.
_MEASURED_FROM = frozenset(("before", "after", "since", "until", "till"))
#: Units of time that measure a span without a number ("days after", "moments before").
_UNITS = frozenset(
    ("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "moments")
)
#: Adverbs that measure a span ("shortly before", "soon after", "long before").
_SPAN_ADVERBS = frozenset(("shortly", "soon", "long", "immediately", "just", "right"))


def strands_a_measure(last: Token, drop: Container[int]) -> bool:
    """Whether the last word a cut keeps measures a span of time from what the cut dropped
    right after it: "six years | before it strikes", "shortly | after the vote". A point
    in time ("last night | after ...", "next summer | after ...") stands without it."""
    following = last.i + 1
    if following >= len(last.doc) or following not in drop:
        return False
    if last.doc[following].lower_ not in _MEASURED_FROM:
        return False
    if last.dep_ == "advmod":
        return last.lower_ in _SPAN_ADVERBS
    counted = any(c.dep_ in ("nummod", "quantmod") for c in last.children)
    return last.dep_ == "npadvmod" and (counted or last.lower_ in _UNITS)
