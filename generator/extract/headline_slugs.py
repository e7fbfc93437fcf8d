"""A wire headline's slug run into the first name: "Cricket-Kelby beat Tarvik", "NFL
AMERICAN FOOTBALL-JO AMES RETIRES", "UPDATE 2-Tarvik Mining cuts jobs".

Wire services open a headline with its desk's word, a sport or a kind of story, and a
hyphen with no space before the headline proper. The model reads the slug as a word of
the first name; a sport's or a story kind's name before such a hyphen at the start of a
line is no part of it. "Rolls-Royce" and "Guinea-Bissau" open with no such word.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.mentions import closed_hyphen

#: Kinds of story and versions that wire headlines name before the hyphen, in lower case:
#: furniture of the wire, no words of the headline.
STORY_KINDS = frozenset(
    {"update", "wrapup", "exclusive", "analysis", "factbox", "insight", "preview", "rpt"}
    | {"interview", "refile", "corrected", "breakingviews", "column", "brief", "timeline"}
)
#: Sports and kinds of story that wire headlines name before the hyphen, in lower case.
SLUGS = STORY_KINDS | frozenset(
    {"soccer", "football", "cricket", "golf", "tennis", "rugby", "athletics", "cycling"}
    | {"boxing", "baseball", "basketball", "hockey", "sailing", "swimming", "skiing"}
    | {"rowing", "snooker", "badminton", "volleyball", "handball", "judo", "wrestling"}
    | {"racing", "motorcycling", "triathlon", "squash", "darts", "chess", "olympics"}
    | {"motor racing", "horse racing", "ice hockey", "rugby union", "rugby league"}
    | {"american football", "nfl american football", "nba basketball", "nhl ice hockey"}
    | {"formula one", "alpine skiing", "figure skating", "equestrianism", "sport", "sports"}
)
#: Most words of a slug: "NFL AMERICAN FOOTBALL", "UPDATE 2".
_MOST_WORDS = 3


#: A slug in capitals at a headline's start, with its version number: "UPDATE 2-".
_OPENING_SLUG = re.compile(r"^\s*([A-Z]+)(?: \d+)?-(?=\S)")


def without_story_kind(headline: str) -> str:
    """A wire headline without the kinds of story that open it ("RPT-UPDATE 2-Tarvik
    Mining cuts jobs" -> "Tarvik Mining cuts jobs"); a sport's slug stays, as it says
    what the story is about."""
    while (found := _OPENING_SLUG.match(headline)) and found.group(1).lower() in STORY_KINDS:
        headline = headline[found.end() :]
    return headline


def after_slug(doc: Doc, start: int, end: int) -> int:
    """Where a name starts after a headline's slug that opens a line at ``start``; ``start``
    when no slug does."""
    if start > 0 and not doc[start - 1].is_space:
        return start
    for hyphen in range(start + 1, min(start + _MOST_WORDS + 1, end - 1)):
        if doc[hyphen].text != "-":
            continue
        words = [t.lower_ for t in doc[start:hyphen] if not t.is_digit]
        slug = " ".join(words)
        return hyphen + 1 if slug in SLUGS and closed_hyphen(doc, hyphen) else start
    return start
