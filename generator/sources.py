"""Publication names: from a domain or URL, and from a wire or agency tag.

Both tables live in ``data/sources.yaml``; each is loaded once.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from generator.yamlio import load_yaml


@cache
def _tables() -> dict[str, Any]:
    text = resources.files("generator").joinpath("data/sources.yaml").read_text("utf-8")
    loaded = load_yaml(text, "generator/data/sources.yaml")
    data = loaded.data
    if (
        loaded.problems
        or not isinstance(data, dict)
        or not isinstance(data.get("domains"), dict)
        or not isinstance(data.get("agencies"), dict)
    ):
        raise RuntimeError(f"broken sources table: {loaded.problems}")
    return data


@cache
def known_sources() -> dict[str, str]:
    """Domain -> publication name."""
    return {str(k).lower(): str(v) for k, v in _tables()["domains"].items()}


@cache
def known_agencies() -> dict[str, str]:
    """Agency tag as written in datelines and bylines, casefolded -> agency name."""
    return {str(k).casefold(): str(v) for k, v in _tables()["agencies"].items()}


#: A desk an agency's tag may name after it ("(CNN Business)", "(Reuters Health)"): the
#: agency is the source. `datelines` reads the same desks after a bare agency name.
DESKS = (
    "business",
    "politics",
    "sport",
    "sports",
    "travel",
    "health",
    "tech",
    "money",
    "style",
    "world",
)
_DESK = re.compile(r"\s+(?:" + "|".join(DESKS) + ")$")


def agency_name(tag: str) -> str | None:
    """ "AP" -> "Associated Press", "CNN Business" -> "CNN"; None for a tag that names no
    agency we know."""
    written = " ".join(tag.split()).casefold()
    agencies = known_agencies()
    return agencies.get(written) or agencies.get(_DESK.sub("", written))


def _whole_words(forms: set[str]) -> re.Pattern[str]:
    """A pattern for any of ``forms`` as whole words, the longest tried first."""
    ordered = [re.escape(f) for f in sorted(forms, key=len, reverse=True)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w-])")


@cache
def _agency_in_text() -> re.Pattern[str]:
    # Case counts (as written or in capitals), so "Pa" in a name is not "PA".
    tags = [str(tag) for tag in _tables()["agencies"]]
    return _whole_words({form for tag in tags for form in (tag, tag.upper())})


def agency_in(text: str) -> str | None:
    """The first agency a byline names ("By JANE DOE | Reuters" -> "Reuters"), or None."""
    match = _agency_in_text().search(text)
    return agency_name(match.group(0)) if match else None


@cache
def _publications() -> dict[str, str]:
    """Each publication of the domains table as written there or in capitals ("By DAILY
    MAIL REPORTER") -> its name as written there."""
    names = set(known_sources().values())
    return {form: name for name in names for form in (name, name.upper())}


@cache
def _publication_in_text() -> re.Pattern[str]:
    return _whole_words(set(_publications()))


def publication_in(text: str) -> str | None:
    """The first publication of the domains table a byline names, as written there
    ("By Jo Dale | Fox News" -> "Fox News"), or None."""
    match = _publication_in_text().search(text)
    return _publications()[match.group(0)] if match else None


def source_from(value: str) -> tuple[str | None, str | None]:
    """A source trailer or front matter value -> (publication name, https URL)."""
    value = value.strip().strip("<>")
    if re.match(r"^https?://", value, re.IGNORECASE):
        url = value
    elif re.match(r"^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?$", value, re.IGNORECASE):
        url = "https://" + value
    else:
        return value or None, None
    host = (urlsplit(url).hostname or "").lower()
    bare = host.removeprefix("www.")
    sources = known_sources()
    name = sources.get(host) or sources.get(bare)
    if name is None:
        # Fall back to the registrable part of the domain: "example.co.uk".
        parts = bare.split(".")
        while len(parts) > 2 and ".".join(parts) not in sources:
            parts = parts[1:]
        name = sources.get(".".join(parts), bare or None)
    return name, url


#: What separates a feed title's parts: "Kelby Herald - News", "News | Kelby Herald",
#: "Kelby Herald: Top stories", "Kelby Herald > World".
_FEED_TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014>\u00bb-]\s+|:\s+|\s*\|\s*")


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def site_in_feed_title(feed_title: str, url: str | None) -> str:
    """The site a feed's title names beside its section ("Kelby Herald - News" -> "Kelby
    Herald"): a publication we know, else the part whose letters the link's host spells
    ("kelbyherald.co.uk"); the whole title when neither decides."""
    parts = [part.strip() for part in _FEED_TITLE_PARTS.split(feed_title) if part.strip()]
    if len(parts) < 2:
        return feed_title
    known = publication_in(feed_title)
    if known:
        return known
    host = (urlsplit(url or "").hostname or "").lower().removeprefix("www.")
    label = _letters(host.split(".")[0]) if host else ""
    if not label:
        return feed_title
    spelled = [part for part in parts if _letters(part) == label]
    if not spelled:  # "BBC News" on bbc.co.uk, "Herald" on kelbyherald.com
        spelled = [part for part in parts if _spells_part_of(_letters(part), label)]
    return spelled[0] if len(spelled) == 1 else feed_title


#: Fewest letters a feed title's part and a host's label must share to name one site.
_MIN_SHARED_LETTERS = 4


def _spells_part_of(part: str, label: str) -> bool:
    shorter = min(len(part), len(label))
    return shorter >= _MIN_SHARED_LETTERS and (part in label or label in part)
