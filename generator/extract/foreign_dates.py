"""Written dates in Spanish, Portuguese, French, German and Italian datelines.

"15 de enero de 2025", "3 de março de 2024", "1er février 2025", "4. März 2025",
"12 marzo 2025": day, month name, year. English dates are `generator.datelines`'
job; this reads only the month names of these five languages.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

_MONTH_NAMES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
)
#: Spellings besides the ones above: Latin American "setiembre", Austrian "Jänner".
_OTHER_SPELLINGS = {"setiembre": 9, "jänner": 1}
#: Datelines come first: a date further into the text is about something else.
SEARCH_CHARS = 400
#: A dateline's place before its date is a few words in capitals.
MAX_PLACE_CHARS = 60


@cache
def _months() -> dict[str, int]:
    months = dict(_OTHER_SPELLINGS)
    for line in _MONTH_NAMES:
        for number, name in enumerate(line.split(), start=1):
            months[name] = number
    return months


@cache
def _pattern() -> re.Pattern[str]:
    names = "|".join(sorted(_months(), key=len, reverse=True))
    return re.compile(
        r"\b(?P<day>[0-3]?\d)(?:\.|º|°|er)?\s+(?:de\s+)?(?P<month>" + names + r")"
        r"\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    )


def dateline_length(text: str) -> int:
    """Length of a dateline that opens the text ("MADRID, 3 de marzo de 2025 -"), or 0."""
    match = _pattern().search(text[:SEARCH_CHARS])
    if not match or match.start() > MAX_PLACE_CHARS:
        return 0
    place = text[: match.start()].strip(" ,")
    if place and not place.isupper():
        return 0  # a sentence that begins with a date, not a dateline
    dash = re.match(r"\s*(?:\([^()]{1,30}\))?\s*[-\u2013\u2014]+\s*", text[match.end() :])
    return match.end() + dash.end() if dash else 0


def foreign_date(text: str) -> str | None:
    """YYYY-MM-DD of the first written date near the start of the text, or None."""
    for match in _pattern().finditer(text[:SEARCH_CHARS]):
        month = _months()[match.group("month").lower()]
        try:
            day = dt.date(int(match.group("year")), month, int(match.group("day")))
        except ValueError:
            continue
        return day.isoformat()
    return None
