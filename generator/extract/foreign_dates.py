"""Written dates in Spanish, Portuguese, French, German and Italian datelines.

"15 de enero de 2025", "3 de março de 2024", "1er février 2025", "4. März 2025",
"12 marzo 2025": day, month name, year. English dates are `generator.datelines`'
job; this reads only the month names of these five languages. A wire's dateline
may carry no year ("Madrid, 12 mar (EFE).-"): its agency tag marks where it ends.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from generator.sources import agency_name

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


#: An agency's dateline without a year, as the wires print it: a place, perhaps a day and
#: a short month ("Madrid, 12 mar", "Bogotá, 3 abr."), the agency tag in brackets and a dash,
#: often after a stop: "Madrid, 12 mar (EFE).- El Gobierno". The place's words are
#: capitalised (with a particle: "Ciudad de México"); lower case is allowed only in the
#: date part, and the bracket must name an agency we know (`sources.agency_name`), so a
#: sentence that holds a bracket and a dash is no dateline.
_AGENCY_DATELINE = re.compile(
    r"[A-ZÀ-Þ][^\W\d_]*\.?(?:[ -](?:(?:de|del|la|di|do|da|du) )?[A-ZÀ-Þ][^\W\d_]*\.?){0,3}"
    r"(?:,\s*[0-3]?\d\.?\s+[^\W\d_]{3,10}\.?)?"
    r"\s*\((?P<tag>[^()\n]{2,30})\)\s*\.?\s*[-\u2013\u2014]+\s*"
)


def dateline_length(text: str) -> int:
    """Length of a dateline that opens the text ("MADRID, 3 de marzo de 2025 -",
    "Madrid, 12 mar (EFE).-"), or 0."""
    agency = _AGENCY_DATELINE.match(text)
    if agency and agency_name(agency.group("tag")):
        return agency.end()
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
