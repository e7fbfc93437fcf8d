"""Dates as news pages write them, and datelines ("NEW YORK, Feb. 26 (Reuters) -").

`find_date` reads a calendar date with a year anywhere in a short text; `is_date_line` says
whether a paragraph is only a date stamp ("Published: 10:32 GMT, 4 March 2025 | Updated: ...");
`find_dateline` reads the dateline that opens a paragraph.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.sources import DESKS, agency_name

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATES = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<d1>\d{1,2})" + _ORDINAL + r"\s+(?:of\s+)?(?P<m1>" + MONTH + r"),?\s+(?P<y1>\d{4})"
    r"|(?P<m2>" + MONTH + r")\s+(?P<d2>\d{1,2})" + _ORDINAL + r",?\s+(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})(?P<sep>[-/.])(?P<m3>\d{1,2})(?P=sep)(?P<d3>\d{1,2})"
    r"|(?P<a4>\d{1,2})/(?P<b4>\d{1,2})/(?P<y4>\d{4})"
    r"|(?<!/)(?P<a5>\d{1,2})/(?P<b5>\d{1,2})/(?P<y5>\d{2})(?![\d/])"
    r"|(?P<d6>\d{1,2})\.(?P<m6>\d{1,2})\.(?P<y6>\d{4})"  # European pages: "14.05.2024"
    # A time may follow the year with no space, as a page's stamp glues it: "20246:00 AM".
    r")(?!\d(?!\d?[:.]\d{2}))",
    re.IGNORECASE,
)


def _iso(year: str, month: str, day: str) -> str | None:
    number = int(month) if month.isdigit() else MONTHS[month[:3].lower()]
    try:
        return dt.date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None


#: North American time zones, whose pages write the month first: "10/04/2016 05:12 PM EDT".
_AMERICAN_ZONES = re.compile(r"\b(?:[ECMP][SD]?T|AK[SD]T|HST)\b")


def _numeric(match: re.Match[str], text: str) -> str | None:
    """A numeric date ("03/14/2024", "14/03/2024", "10/04/16"): read when the American and
    the British order agree on it, or in the American order beside an American time zone;
    otherwise "03/04/2024" is March in one order and April in the other. A year of two
    digits is read only beside such a zone, as strptime's %y reads it."""
    american_zone = _AMERICAN_ZONES.search(text) is not None
    if match.group("y5"):
        short = int(match.group("y5"))
        year = str(short + (2000 if short < 69 else 1900))
        return _iso(year, match.group("a5"), match.group("b5")) if american_zone else None
    year, first, second = match.group("y4"), match.group("a4"), match.group("b4")
    american, british = _iso(year, first, second), _iso(year, second, first)
    if american_zone and american:
        return american
    if american and british and american != british:
        return None
    return american or british


def find_date(text: str) -> str | None:
    """The first valid calendar date with a year in the text, as YYYY-MM-DD, or None."""
    for match in _DATES.finditer(text):
        if match.group("y4") or match.group("y5"):
            iso = _numeric(match, text)
        elif match.group("y6"):
            iso = _iso(match.group("y6"), match.group("m6"), match.group("d6"))
        else:
            n = next(n for n in "123" if match.group("y" + n))
            iso = _iso(match.group("y" + n), match.group("m" + n), match.group("d" + n))
        if iso:
            return iso
    return None


#: What a date stamp holds besides its dates: labels, times, zones, weekdays, joiners.
_STAMP_WORDS = re.compile(
    r"(?:(?:page )?(?:first |last |originally )?(?:published|updated|posted|modified|created|date)"
    r"(?: on| at)?:?"
    r"|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"
    r"|\b\d{4}(?=\s*(?:GMT|UTC|[A-Z]{1,4}T)\b)"  # a 24-hour time before its zone: "1936 GMT"
    r"|\b(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?"  # "GMT+1", glued to what follows on some pages
    r"|\b[A-Z]{1,4}T\b|\bGMT\b|\bUTC\b|\bET\b|\bPT\b|\bUK\b|[+-]\d{2}:?\d{2}\b|Z\b|T(?=\d)"
    r"|\b\d{1,2} (?:minutes?|hours?|days?) ago\b|\bago\b"  # "Updated ago": a scrape lost "2 hours"
    r"|\b\d{1,3}\s*min(?:ute)?s?\s+read\b"  # a reading time: "·3 min read"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\b\.?"
    r"|\bon\b|\bat\b|\band\b|[|,;()\u2013\u2014\u2022\u00b7/-]|\s+)",
    re.IGNORECASE,
)


#: A stamp of a time alone, labelled: "Updated 5:02 p.m. ET", "Published 10:12 GMT".
_TIME_STAMP = re.compile(
    r"^(?:last |first )?(?:updated|published|posted)\b.*?\d{1,2}[:.]\d{2}", re.IGNORECASE
)


def is_date_line(paragraph: str) -> bool:
    """Whether a paragraph is only a date stamp: "March 4, 2025", "Updated: 17:34, 3 May 2012",
    "Updated 5:02 p.m. ET"."""
    if len(paragraph) > 160 or not (find_date(paragraph) or _TIME_STAMP.match(paragraph)):
        return False
    rest = _STAMP_WORDS.sub("", _DATES.sub("", paragraph))
    return not rest.strip(" .")


# --- datelines ---------------------------------------------------------------------

_PLACE_WORD = r"[A-Z][A-Za-z.'\u2019-]*"
_DATELINE = re.compile(
    r"^(?P<place>" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r")*"
    r"(?:, " + _PLACE_WORD + r"(?: " + _PLACE_WORD + r")*)?)?"
    r"(?:(?:^|,? )(?P<date>(?P<m1>" + MONTH + r") (?P<d1>\d{1,2})(?:,? (?P<y1>\d{4}))?"
    r"|(?P<d2>\d{1,2}) (?P<m2>" + MONTH + r")(?: (?P<y2>\d{4}))?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,30})\))?"
    r"(?:\s*(?P<dash>--|-|_|\u2013|\u2014|\u2015)(?:\s+|$)|(?<=\))\s*(?=[A-Z\"\u201c\u2018']|$))"
)
#: A place alone before a long dash ("WASHINGTON \u2014 The ...") is a dateline when it is in
#: capitals and a sentence follows, since "NATO \u2014 the alliance" is a sentence and
#: "IPO FILING -- Acme Inc." a headline; old AP wire copy types the long dash as "_", and
#: some sites as the horizontal bar "\u2015".
#: A town in capitals with its state or province
#: ("TARLAND, Ont. - The ...") may take any dash: no sentence or headline opens so.
_LONG_DASHES = ("--", "_", "\u2014", "\u2015")
_WEEKDAY = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?"
)
_MIN_SENTENCE_WORDS = 6
_MAX_DATELINE_CHARS = 160


def find_dateline(paragraph: str) -> tuple[str, str | None, str | None] | None:
    """(prefix as written, place, YYYY-MM-DD or None) of a dateline opening a paragraph."""
    opening = paragraph[:_MAX_DATELINE_CHARS]
    found = _dateline(paragraph) or _bare_agency_dateline(opening) or _wire_dateline(opening)
    return (found[0], found[1], found[2]) if found else None


#: A wire's dateline with the date as a machine writes it ("ANKARA 1996-08-22", "LIMA, Peru
#: 1996-08-22", then the story): the town in capitals, as no sentence opens, then its state
#: or country in any case.
_WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]*)*)"
    r"(?:, (?P<region>" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r"){0,3}))?"
    r" (?P<date>\d{4}-\d\d-\d\d)(?=\s|$)"
)


def _wire_dateline(paragraph: str) -> tuple[str, str | None, str | None] | None:
    match = _WIRE_DATELINE.match(paragraph)
    if match is None or len(match.group("place")) < 3:  # "US": the dateline of no town
        return None
    year, month, day = match.group("date").split("-")
    iso = _iso(year, month, day)
    if iso is None:
        return None
    return match.group(0), _written_place(match.group("place"), match.group("region") or ""), iso


def dateline_agency(prefix: str) -> str | None:
    """The agency a dateline prefix names ("PARIS (AFP) -" -> "AFP", "DENVER (KDVR) -" ->
    "KDVR"), or None."""
    match = _DATELINE.match(prefix + " ")
    if match and match.group("agency"):
        tag = match.group("agency")
        station = _CALL_SIGN.fullmatch(tag) and (match.group("place") or "").isupper()
        return agency_name(tag) or (tag if station else None)
    bare = _BARE_AGENCY_DATELINE.fullmatch(prefix)
    return agency_name(bare.group("agency")) if bare else None


#: A broadcaster's call sign in a dateline's brackets: "DENVER (KDVR) -", "(WABC) —".
_CALL_SIGN = re.compile(r"[KWC][A-Z]{2,4}(?:-TV)?")


def _station_dateline(place: str, tag: str, rest: str) -> bool:
    """Whether a place in capitals and a call sign we do not know open a story: "DENVER
    (KDVR) — A ..." names the station as the source."""
    sentence = bool(rest) and (rest[0].isupper() or rest[0] in "\"\u201c\u2018'")
    return (
        len(place) > 2
        and place.isupper()
        and bool(_CALL_SIGN.fullmatch(tag))
        and sentence
        and len(rest.split()) >= _MIN_SENTENCE_WORDS
    )


def _with_state(written: str) -> bool:
    """Whether a dateline's place is a town in capitals followed by its state or province:
    "TARLAND, Ont.", "NEW VELLTON, Manitoba"."""
    town, comma, state = written.partition(", ")
    return bool(comma) and town.isupper() and state[:1].isupper()


#: A dateline whose agency a page prints without brackets ("Kyiv, Ukraine CNN \u2014",
#: "Washington CNN Business \u2014"): the agency's mark is a logo or a link on the page.
_BARE_AGENCY_DATELINE = re.compile(
    r"^(?P<place>" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r"){0,3}?"
    r"(?:, " + _PLACE_WORD + r"(?: " + _PLACE_WORD + r"){0,3}?)?) "
    r"(?P<agency>[A-Z][A-Za-z]+)(?: (?:" + "|".join(desk.title() for desk in DESKS) + r"))?"
    r"\s*(?:--|\u2013|\u2014|\u2015)"
)
#: What follows such a dateline: a sentence, or a quote opening it.
_SENTENCE_AFTER = re.compile(r"\s+[A-Z\"\u201c\u2018']")


def _bare_agency_dateline(paragraph: str) -> tuple[str, str | None, str | None] | None:
    match = _BARE_AGENCY_DATELINE.match(paragraph)
    if match is None or agency_name(match.group("agency")) is None:
        return None
    if not _SENTENCE_AFTER.match(paragraph, match.end()):
        return None
    place, _, region = match.group("place").partition(",")
    return match.group(0), _written_place(place.strip(), region.strip()), None


def _dateline(paragraph: str) -> tuple[str, str | None, str | None] | None:
    # A dateline is short; matching only the opening keeps long paragraphs cheap.
    paragraph = paragraph[:_MAX_DATELINE_CHARS]
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place, _, region = (match.group("place") or "").partition(",")
    place, region = place.strip(), region.strip()
    tag = match.group("agency")
    agency = agency_name(tag) if tag else None
    rest = paragraph[match.end() :]
    if tag and agency is None and _station_dateline(place, tag, rest):
        agency = tag
    if tag and agency is None and not match.group("date"):
        return None
    if not (match.group("date") or agency) and not (
        place.isupper()
        and len(place) > 2
        and (match.group("dash") in _LONG_DASHES or _with_state(match.group("place") or ""))
        and (not rest or rest[0].isupper() or rest[0] in "\"\u201c\u2018'")
        and (not rest or len(rest.split()) >= _MIN_SENTENCE_WORDS)
    ):
        return None
    # A place in capitals is a dateline's; in mixed case only with an agency
    # ("Norport, Vale (CNN)") or a comma and a full date before a sentence ("Madrid,
    # 4 February 2024 - The"), since "Ann Vell - ..." and "On 4 May 2024 - the" are
    # sentences and "Monday, 4 February 2024 -" a stamp.
    year = match.group("y1") or match.group("y2")
    if place and not place.isupper() and agency is None:
        dated = year and paragraph[match.end("place")] == "," and not _WEEKDAY.fullmatch(place)
        if not (dated and (not rest.strip() or rest.lstrip()[0].isupper())):
            return None
    iso = None
    if year:
        month = match.group("m1") or match.group("m2")
        iso = _iso(year, month, match.group("d1") or match.group("d2"))
    return match.group(0).rstrip(), _written_place(place, region), iso


def _written_place(town: str, region: str) -> str | None:
    """A dateline's town, with its state, province or country when one is written after it
    ("Tarland, Ont.", "Beirut, Lebanon"); names in capitals in title case, abbreviations
    ("UK", "D.C.") as written."""
    if not town:
        return None
    if not region:
        return town.title()
    long_capitals = region.isupper() and len(region.replace(".", "")) > 3
    return f"{town.title()}, {region.title() if long_capitals else region}"
