"""Bylines: "By Helen Carter, Political Correspondent", "By JANE DOE | Reuters".

A byline names its writers, and may name an agency and a date. It is article furniture:
its writers are not people of the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.datelines import MONTH, find_date, find_dateline, is_date_line
from generator.sources import agency_in, agency_name, publication_in


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that end a writer's name: job titles, desks and joiners ("By Jo Ames Associate
#: City Editor for the Daily Courier").
_ROLE_WORDS = _words(
    """associate assistant senior chief deputy executive managing contributing special staff
    political foreign diplomatic business economics economy health science home security defence
    defense sport sports royal education technology tech environment environmental legal crime
    transport entertainment showbiz consumer money finance financial investigations investigative
    city media medical arts culture travel fashion food property associated
    correspondent correspondents reporter reporters editor editors writer writers columnist
    producer analyst commentator critic bureau desk team service newsroom wires agency press news
    online digital data global international national us uk for in at of from on with via
    reporting affairs"""
)
#: A word right after the name that makes it a desk, not a person ("By Daily Mail Reporter").
_STAFF_WORDS = _words(
    "reporter reporters staff service team desk writers wires newsroom correspondents"
)
#: Capitalised words after "By" that start an ordinary sentence ("By Monday, ...").
_NOT_NAMES = _words(
    """the a an this that these those then now its his her their our my your all any some
    each every far contrast comparison law order way day night noon midnight dawn christmas
    easter year years mid early late end last next monday tuesday wednesday thursday friday
    saturday sunday"""
)
_PARTICLES = _words("de da di del della van von der den ter du la le al el bin bint ibn")
_NAME_WORD = re.compile(r"^[A-Z][A-Za-z'\u2019.-]*$")
#: Some sites write "by" in lower case ("by Jo Dale 4 Oct 2016"); a name must follow.
_BY = re.compile(r"^(?:By|BY|by)\s+(?P<first>[A-Z][A-Za-z'\u2019.-]*)")
_MONTH_WORD = re.compile(r"^" + MONTH + r"$")
#: Where the names end: a bar, a date stamp or a label ("Published:").
_NAMES_END = re.compile(
    r"\s*(?:\||\u2022|(?:published|updated|posted)\b|\d{1,2}[:.]\d{2}|\d{1,2} "
    + MONTH
    + r"|"
    + MONTH
    + r" \d{1,2}\b|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)
_SEGMENTS = re.compile(r",|;|\s&\s|\band\b|\bAND\b|\bwith\b")
#: A byline that is a paragraph of its own is short.
MAX_BYLINE_WORDS = 25


@dataclass(frozen=True)
class Byline:
    """A byline as written, the writers it names, its agency and its date (YYYY-MM-DD)."""

    text: str
    authors: tuple[str, ...]
    agency: str | None
    date: str | None


def _starts_byline(paragraph: str) -> bool:
    match = _BY.match(paragraph)
    if not match:
        return False
    first = match.group("first").rstrip(".,").casefold()
    return first not in _NOT_NAMES and not _MONTH_WORD.match(match.group("first"))


def _name_of(segment: str) -> str | None:
    """The writer's name opening a byline segment, or None ("Political Correspondent")."""
    words = segment.split()
    name: list[str] = []
    for index, word in enumerate(words):
        bare = word.strip(",;")
        folded = bare.casefold().rstrip(".")
        if folded in _PARTICLES and name and index + 1 < len(words):
            name.append(bare)
            continue
        if not _NAME_WORD.match(bare) or folded in _ROLE_WORDS or agency_name(bare):
            if folded in _STAFF_WORDS:
                return None
            break
        name.append(bare)
        if len(name) > 4:
            return None
    while name and name[-1].casefold() in _PARTICLES:
        name.pop()
    text = " ".join(name)
    publication = publication_in(text) or ""
    if len(name) < 2 or agency_name(text) or publication.casefold() == text.casefold():
        return None
    return text.title() if text.isupper() else text


def parse_byline(text: str) -> Byline:
    """Writers, agency and date of a byline ("By MARK ELLISON Associated Press March 4, 2025")."""
    names = text.split(None, 1)[1] if " " in text else ""
    end = _NAMES_END.search(names)
    if end:
        names = names[: end.start()]
    authors: list[str] = []
    for segment in _SEGMENTS.split(names):
        name = _name_of(segment.strip())
        if name and name not in authors:
            authors.append(name)
    # A publication outside the writers' names: "By Dawn Vell" names no paper "Dawn".
    rest = text
    for author in authors:
        rest = re.sub(re.escape(author), " ", rest, flags=re.IGNORECASE)
    agency = agency_in(text) or publication_in(rest)
    return Byline(" ".join(text.split()), tuple(authors), agency, find_date(text))


#: The job that ends a writer's desk ("Transport Correspondent").
_DESK_JOBS = _words("correspondent correspondents reporter editor writer columnist critic")
#: A byline that gives the writer's desk before the name: "By political reporter Jo Ames".
_DESK_BEFORE_NAME = re.compile(
    r"^(?:By|BY|by)\s+(?:[a-z]+\s+){0,4}?(?:" + "|".join(sorted(_DESK_JOBS)) + r")\s+(?=[A-Z])"
)


def byline_paragraph(paragraph: str) -> Byline | None:
    """The byline that a whole paragraph is, or None."""
    desk = _DESK_BEFORE_NAME.match(paragraph)
    if desk is not None:
        named = byline_paragraph("By " + paragraph[desk.end() :])
        return (
            Byline(" ".join(paragraph.split()), named.authors, named.agency, named.date)
            if named
            else None
        )
    if not _starts_byline(paragraph):
        return agency_credit(paragraph) or desk_credit(paragraph)
    words = paragraph.split()
    if len(words) > MAX_BYLINE_WORDS:
        return None
    # A full stop ends a sentence ("By Christmas the shop had closed."), not a short byline.
    if paragraph.rstrip().endswith(".") and len(words) > 8 and not is_date_line(paragraph):
        return None
    byline = parse_byline(paragraph)
    return byline if byline.authors or byline.agency or _staff_credit(paragraph) else None


#: "Jim Smith, The Associated Press" or "The Canadian Press" as a line of its own.
_AGENCY_CREDIT = re.compile(
    r"^(?:(?P<names>[^,]{3,60}),\s*)?(?:The\s+)?(?P<agency>[A-Z][\w .-]{1,40})$"
)


def agency_credit(paragraph: str) -> Byline | None:
    """The credit line of a wire story that names its writers and agency without "By"."""
    match = _AGENCY_CREDIT.match(paragraph.strip().rstrip("."))
    agency = agency_name(match.group("agency")) if match else None
    if match is None or agency is None:
        return None
    names = match.group("names")
    authors = tuple(n for n in (_name_of(s.strip()) for s in _SEGMENTS.split(names or "")) if n)
    if names and not authors:
        return None
    return Byline(" ".join(paragraph.split()), authors, agency, None)


_MAX_DESK_WORDS = 5


def desk_credit(paragraph: str) -> Byline | None:
    """The credit line that names writers and their desk without "By" ("Kate Vell,
    Transport Correspondent"): names, a comma, then only desk words ending in a job."""
    credit = re.sub(r"\s+@\w+$", "", paragraph.strip().rstrip("."))  # "..., news reporter @kv"
    names, comma, desk = credit.partition(", ")
    if not comma or not _is_desk(desk.split(), most=_MAX_DESK_WORDS, names=False):
        return None
    segments = [s.strip() for s in _SEGMENTS.split(names)]
    authors = tuple(n for n in (_name_of(s) for s in segments) if n)
    if len(authors) != len(segments) or any(a.casefold() not in names.casefold() for a in authors):
        return None
    return Byline(" ".join(paragraph.split()), authors, None, None)


def writers_job(paragraph: str) -> bool:
    """Whether a line is a writer's job alone, as a page prints it under the byline ("BBC
    Wales health correspondent", "Political Editor"): a few desk words or names ending in
    a job."""
    return _is_desk(paragraph.split(), most=_MAX_DESK_WORDS + 1, names=True)


def _is_desk(words: list[str], *, most: int, names: bool) -> bool:
    """Whether words are a writer's desk: at most ``most`` desk words (with ``names``, also
    names: "BBC Wales") ending in a job ("health correspondent")."""
    if not words or len(words) > most or words[-1].casefold() not in _DESK_JOBS:
        return False
    return all(w.casefold() in _ROLE_WORDS or (names and _NAME_WORD.match(w)) for w in words)


def _staff_credit(paragraph: str) -> bool:
    return any(w.casefold().strip(",.") in _STAFF_WORDS for w in paragraph.split()[1:6])


def split_byline(paragraph: str) -> tuple[Byline, str] | None:
    """(byline, the rest) of a paragraph that opens with a byline and goes on with a dateline."""
    if not _starts_byline(paragraph):
        return None
    for gap in re.finditer(r"\s+(?=[A-Z(])", paragraph[:240]):
        rest = paragraph[gap.end() :]
        if find_dateline(rest):
            byline = parse_byline(paragraph[: gap.start()])
            if byline.authors or byline.agency:
                return byline, rest
    return None


#: Line breaks of a page flattened into " . ", as news data sets store web pages:
#: "By . Jane Doe . PUBLISHED: . 09:42 EST, 3 May 2014 . | . UPDATED: . ...".
_FLAT_BREAK = re.compile(r"\s+\.\s+")
_FLAT_START = re.compile(r"^(?:(?:By|BY) \.\s|(?:PUBLISHED|UPDATED|Last updated)\b)")
_STAMP_LABEL = re.compile(r"^(?:\||(?:first |last )?(?:published|updated|posted)\s*:?)$", re.I)
#: A photo caption under the stamp: "Scam: Jane Doe conned five couples at the club".
_CAPTION_LABEL = re.compile(r"^[A-Z][\w'\u2019 -]{0,30}: \S")
#: Parts of a flattened byline: "Jane Doe", "and John Roe", "Jane Doe For Mailonline".
_NAME_PART = re.compile(r"^(?:and |for )?[A-Z][\w'\u2019.-]*(?: [\w'\u2019.-]+){0,5}$")


#: "By" alone, as a page that prints the byline's word and the names on lines of their own
#: has it ("By" over "Nell Tarrant" over "and Owen Castell").
BY_WORDS = ("By", "BY")
#: Most lines of names under a "By" of its own.
_MAX_NAME_LINES = 3


def byline_names(parts: Sequence[str]) -> list[str]:
    """The writers' lines that open ``parts``, the lines under a "By" of its own: "Nell
    Tarrant", "and Owen Castell", "Nell Tarrant For Kelby Online"; not a stamp or its label."""
    names: list[str] = []
    for part in parts[:_MAX_NAME_LINES]:
        if not _NAME_PART.match(part) or _STAMP_LABEL.match(part) or is_date_line(part):
            break
        names.append(part)
    return names


def is_stamp_label(line: str) -> bool:
    """Whether a line is only a stamp's label or its bar ("PUBLISHED:", "UPDATED:", "|"),
    as a page that prints the label and the time on lines of their own has it."""
    return bool(_STAMP_LABEL.match(line.strip()))


def opens_flat_lead(text: str) -> bool:
    """Whether a text opens with a flattened byline or stamp ("By . Jane Doe . PUBLISHED: ...")."""
    return bool(_FLAT_START.match(text))


def split_flat_lead(paragraph: str) -> tuple[Byline | None, str | None, str] | None:
    """(byline, date, the rest) of a paragraph that opens with a flattened byline or stamp."""
    if not opens_flat_lead(paragraph):
        return None
    breaks = list(_FLAT_BREAK.finditer(paragraph, 0, 1500))
    parts = [
        paragraph[(breaks[i - 1].end() if i else 0) : gap.start()] for i, gap in enumerate(breaks)
    ]
    names: list[str] = []
    date = None
    index = 0
    if parts and parts[0] in BY_WORDS:
        names = byline_names(parts[1:])
        index = 1 + len(names)
    while index < len(parts) and (_STAMP_LABEL.match(parts[index]) or is_date_line(parts[index])):
        date = date or find_date(parts[index])
        index += 1
    while (
        index < len(parts)
        and _CAPTION_LABEL.match(parts[index])
        and len(parts[index].split()) <= MAX_BYLINE_WORDS
    ):
        index += 1
    if index == 0 or (index == 1 and not names):
        return None
    byline = parse_byline("By " + " ".join(names)) if names else None
    return byline, date, paragraph[breaks[index - 1].end() :]
