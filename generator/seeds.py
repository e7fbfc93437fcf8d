"""Reading seed files: a ``.txt`` or ``.md`` article -> `Seed`.

A seed reader only splits the file into its parts (front matter, title,
paragraphs, source trailer, dateline); understanding the text is the job of
`generator.extract`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import charset_normalizer
from markdown_it import MarkdownIt

from generator.problems import Problem
from generator.yamlio import load_yaml

MAX_SEED_BYTES = 2_000_000
SEED_SUFFIXES = (".txt", ".md")
FRONT_MATTER_KEYS = ("title", "date", "source", "url", "topics", "id")


@dataclass(frozen=True)
class Seed:
    """An article as read from disk, before any language processing."""

    path: str
    sha256: str
    title: str | None
    paragraphs: tuple[str, ...]
    source_name: str | None = None
    source_url: str | None = None
    front_matter: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    #: The dateline prefix of the first paragraph as written ("BAGHDAD, March
    #: 14 (Reuters) -"), or None. It stays in `paragraphs`; extraction skips it.
    dateline: str | None = None
    #: Place of the dateline in title case ("Baghdad"), or None.
    dateline_place: str | None = None
    #: Date of the dateline as YYYY-MM-DD when it gives a year, else None.
    dateline_date: str | None = None
    #: Reference summary sentences (CNN ``@highlight`` blocks), removed from the text.
    highlights: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The article body: paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


class SeedError(Exception):
    """A seed that cannot be read; the message says why."""


# --- decoding --------------------------------------------------------------------


#: Legacy code pages of other scripts: when the detector names one of these
#: it has seen Cyrillic, Greek, Hebrew, Arabic or Thai, so we trust it.
_OTHER_SCRIPT_NAMES = (
    "cp1251 cp866 koi8_r koi8_u iso8859_5 mac_cyrillic cp1253 iso8859_7 mac_greek cp1255 "
    "iso8859_8 cp1256 iso8859_6 cp874 tis_620 cp855 cp737 cp869 cp862 cp864"
)
_OTHER_SCRIPTS = frozenset(_OTHER_SCRIPT_NAMES.split())
_SINGLE_BYTE = re.compile(r"^(?:cp\d+|iso8859_\d+|latin_1|mac_\w+)$")


def decode(raw: bytes) -> tuple[str, str | None]:
    """Text of a seed and, when it was not UTF-8, the encoding that was guessed."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf_16"
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    # NUL bytes never occur in text files of any single-byte encoding or UTF-8.
    if b"\x00" in raw[:8192]:
        raise SeedError("looks like a binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(raw).best()
    guess = best.encoding if best is not None else None
    # Short Western texts fool the detector into rare code pages ("Café" as
    # cp775 "Cafķ"); English news in a legacy encoding is Windows-1252 (a
    # superset of Latin-1 for text), so prefer it unless another script was seen.
    if guess is None or (_SINGLE_BYTE.match(guess) and guess not in _OTHER_SCRIPTS):
        try:
            return raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    if best is None:
        raise SeedError("cannot tell the text encoding; save the file as UTF-8")
    return str(best), best.encoding


# --- sources ---------------------------------------------------------------------

_SOURCE_LINE = re.compile(r"^\s*(?:original\s+)?source\s*:\s*(?P<value>\S.*?)\s*$", re.IGNORECASE)


@cache
def known_sources() -> dict[str, str]:
    """Domain -> publication name, from ``data/sources.yaml``."""
    text = resources.files("generator").joinpath("data/sources.yaml").read_text("utf-8")
    loaded = load_yaml(text, "generator/data/sources.yaml")
    if loaded.problems or not isinstance(loaded.data, dict):
        raise RuntimeError(f"broken sources table: {loaded.problems}")
    return {str(k).lower(): str(v) for k, v in loaded.data.items()}


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


# --- front matter ----------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], str, list[Problem]]:
    """(front matter mapping, the rest of the text, problems)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, []
    loaded = load_yaml(match.group(1), path)
    rest = text[match.end() :]
    problems = [Problem(p.path, p.line + 1, p.field, p.message) for p in loaded.problems]
    if loaded.data is None and not problems:
        return {}, rest, []
    if not isinstance(loaded.data, dict):
        return {}, rest, problems or [Problem(path, 2, "", "front matter must be a mapping")]
    data = {}
    for key, value in loaded.data.items():
        if key not in FRONT_MATTER_KEYS:
            problems.append(
                Problem(
                    path,
                    loaded.line_of(key) + 1,
                    key,
                    f"unknown front matter field (known: {', '.join(FRONT_MATTER_KEYS)})",
                )
            )
        else:
            data[key] = value
    return data, rest, problems


# --- plain text and Markdown -----------------------------------------------------


def _is_headline(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 20
        and len(line) <= 150
        and not line.rstrip().endswith((".", ",", ";", ":", "\u201d", '"'))
    ) or (line.isupper() and len(words) <= 20)


_INDENT = re.compile(r"^(?: {2,}|\t)\S")


def _split_indented(block: str) -> list[str]:
    """A block whose paragraphs start with an indented line (wire copy) -> paragraphs."""
    lines = [line for line in block.split("\n") if line.strip()]
    indented = [bool(_INDENT.match(line)) for line in lines]
    # Only a mix of indented and flush lines marks paragraph starts; a block
    # indented throughout is just indented text.
    if len(lines) < 2 or all(indented) or not any(indented[1:]):
        return [" ".join(block.split())]
    paragraphs: list[list[str]] = []
    for line, starts in zip(lines, indented, strict=True):
        if starts or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(line)
    return [" ".join(" ".join(p).split()) for p in paragraphs]


def _paragraphs_txt(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", text)
    if len(blocks) > 1:
        # Hard-wrapped text: a block's lines are one paragraph.
        return [p for b in blocks if b.strip() for p in _split_indented(b)]
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 2 and sum(bool(_INDENT.match(line)) for line in lines) >= 2:
        return _split_indented(text)
    return [" ".join(line.split()) for line in lines]


def read_txt(text: str) -> tuple[str | None, list[str]]:
    """(headline or None, paragraphs) of a plain-text article."""
    lines = text.strip("\n").split("\n")
    title = None
    first = lines[0].strip() if lines else ""
    rest_starts_para = len(lines) > 1 and (not lines[1].strip() or len(text.splitlines()) > 2)
    if first and _is_headline(first) and rest_starts_para:
        title = " ".join(first.split())
        lines = lines[1:]
    return title, _paragraphs_txt("\n".join(lines))


_MD = MarkdownIt("commonmark")


def read_md(text: str) -> tuple[str | None, list[str]]:
    """(first heading or None, paragraphs) of a Markdown article, as plain text."""
    title = None
    paragraphs: list[str] = []
    tokens = _MD.parse(text)
    heading_open = False
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            heading_open = True
        elif token.type == "heading_close":
            heading_open = False
        elif token.type == "inline":
            plain = _inline_text(token)
            if heading_open and title is None and tokens[index - 1].tag == "h1":
                title = plain
                continue
            if plain:
                paragraphs.append(plain)
        elif token.type in ("fence", "code_block") and token.content.strip():
            paragraphs.append(" ".join(token.content.split()))
    return title, paragraphs


def _inline_text(token: Any) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append("")
    return " ".join("".join(parts).split())


# --- datelines, highlights and boilerplate ----------------------------------------

_MONTHS = {
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
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_PLACE_WORD = r"[A-Z][A-Za-z.'\u2019-]*"
_DATELINE = re.compile(
    r"^(?P<place>" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r")*"
    r"(?:, " + _PLACE_WORD + r"(?: " + _PLACE_WORD + r")*)?)?"
    r"(?:,? (?P<date>(?P<m1>" + _MONTH + r") (?P<d1>\d{1,2})(?:, (?P<y1>\d{4}))?"
    r"|(?P<d2>\d{1,2}) (?P<m2>" + _MONTH + r")(?: (?P<y2>\d{4}))?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,30})\))?"
    r"(?:\s*(?:--|-|\u2013|\u2014)\s+|(?<=\))\s*(?=[A-Z\"\u201c]))"
)
#: News agencies whose name in brackets marks a dateline even without a dash.
_AGENCIES = frozenset({"cnn", "reuters", "ap", "afp", "upi", "dpa", "ians", "pti", "xinhua"})


def find_dateline(paragraph: str) -> tuple[str, str | None, str | None] | None:
    """(prefix as written, place, YYYY-MM-DD or None) of a dateline opening a paragraph."""
    match = _DATELINE.match(paragraph)
    # A dateline needs a date or an agency: "US - ..." alone is not one.
    if not match or not (match.group("date") or match.group("agency")):
        return None
    agency = (match.group("agency") or "").lower()
    if match.group("agency") and agency not in _AGENCIES and not match.group("date"):
        return None
    place = (match.group("place") or "").split(",")[0].strip()
    # A place in capitals is a dateline's; in mixed case only with an agency
    # ("Marseille, France (CNN)"), since "Tony Blair - ..." is a sentence.
    if place and not place.isupper() and agency not in _AGENCIES:
        return None
    iso = None
    year = match.group("y1") or match.group("y2")
    if year:
        month = _MONTHS[(match.group("m1") or match.group("m2"))[:3].lower()]
        day = int(match.group("d1") or match.group("d2"))
        try:
            iso = f"{int(year):04d}-{month:02d}-{day:02d}"
            dt.date.fromisoformat(iso)
        except ValueError:
            iso = None
    return match.group(0).rstrip(), place.title() if place else None, iso


def split_highlights(text: str) -> tuple[str, tuple[str, ...]]:
    """(article, highlight sentences) of a CNN/DailyMail ``.story`` text."""
    at = text.find("@highlight")
    if at < 0:
        return text, ()
    highlights = tuple(
        " ".join(line.split())
        for line in text[at:].split("\n")
        if line.strip() and line.strip() != "@highlight"
    )
    return text[:at], highlights


#: Whole paragraphs that are page furniture, not article text.
_BOILERPLATE = re.compile(
    r"^(?:scroll down for (?:video|more)|click here\b.*|read more\b.*|e-?mail to a friend"
    r"|share this (?:article|story).*|follow (?:us|@)\S*.*|all rights reserved.*"
    r"|copyright \d{4}.*|reuter|reuters|\(?reporting by .*\)?|(?:watch|see|explore)\b[^.]*\u00bb)"
    r"\.?$",
    re.IGNORECASE,
)
#: Share buttons glued into the text of scraped pages.
_SHARE_BUTTONS = re.compile(
    r"Share this with\s*Email\s*Facebook\s*(?:Messenger\s*)*Twitter\s*Pinterest\s*WhatsApp"
    r"\s*Linked[Ii]n\s*Copy this link|(?:Share this )?with\s*Email\s*Facebook\s*(?:Messenger\s*)*"
    r"Twitter\s*Pinterest\s*WhatsApp\s*Linked[Ii]n\s*Copy this link",
)
#: Link texts inside a paragraph ("Watch Bush criticize the Iraqi government »").
_INLINE_LINK = re.compile(r"\s*(?:Watch|See|Read|Explore|Look|Check)\b[^.!?\u00bb]{0,120}\u00bb")
_TRAILING_AGENCY = re.compile(r"\s+REUTER\s*$", re.IGNORECASE)
_TRAILING_FURNITURE = re.compile(r"\s*(?:E-?mail to a friend|Scroll down for video)\.?\s*$", re.I)


def drop_boilerplate(paragraphs: list[str]) -> list[str]:
    """Paragraphs without page furniture, link texts and wire-service sign-offs."""
    kept = []
    for paragraph in paragraphs:
        paragraph = _SHARE_BUTTONS.sub(" ", paragraph)
        paragraph = _TRAILING_FURNITURE.sub("", _INLINE_LINK.sub("", paragraph)).strip()
        if paragraph and not _BOILERPLATE.match(paragraph):
            kept.append(paragraph)
    if kept:
        kept[-1] = _TRAILING_AGENCY.sub("", kept[-1])
    return [p for p in kept if p]


def read_seed(path: Path, root: Path) -> tuple[Seed, list[Problem]]:
    """Read one seed; raises SeedError when it cannot be used at all."""
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SeedError(f"cannot read: {error.strerror}") from error
    if size > MAX_SEED_BYTES:
        raise SeedError(f"file is {size} bytes, over the limit of {MAX_SEED_BYTES}")
    raw = path.read_bytes()
    text, encoding = decode(raw)
    warnings = []
    if encoding:
        warnings.append(f"not UTF-8; decoded as {encoding}")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise SeedError("file is empty")
    front, body, problems = split_front_matter(text, rel)
    body, highlights = split_highlights(body)
    lines = body.rstrip().split("\n")
    source_name = source_url = None
    # The trailer may be followed by blank lines; only the last non-blank counts.
    if lines and (m := _SOURCE_LINE.match(lines[-1])):
        source_name, source_url = source_from(m.group("value"))
        body = "\n".join(lines[:-1])
    if path.suffix.lower() == ".md":
        title, paragraphs = read_md(body)
    else:
        title, paragraphs = read_txt(body)
    if isinstance(front.get("title"), str) and front["title"].strip():
        title = " ".join(front["title"].split())
    if isinstance(front.get("source"), str):
        source_name, url = source_from(front["source"])
        source_url = source_url if url is None else url
    if isinstance(front.get("url"), str):
        source_url = front["url"].strip()
        if source_name is None:
            source_name, _ = source_from(source_url)
    paragraphs = drop_boilerplate([p for p in paragraphs if p.strip()])
    if not paragraphs and not title:
        raise SeedError("no text in the file")
    dateline = find_dateline(paragraphs[0]) if paragraphs else None
    seed = Seed(
        path=rel,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=title,
        paragraphs=tuple(paragraphs),
        source_name=source_name,
        source_url=source_url,
        front_matter=front,
        warnings=tuple(warnings),
        dateline=dateline[0] if dateline else None,
        dateline_place=dateline[1] if dateline else None,
        dateline_date=dateline[2] if dateline else None,
        highlights=highlights,
    )
    return seed, problems


def find_seeds(paths: list[Path]) -> list[Path]:
    """Every seed file under the given files and folders, sorted."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in SEED_SUFFIXES
                and p.is_file()
                and not p.name.startswith(".")
                and p.name.lower() != "readme.md"
            )
        else:
            found.add(path)
    return sorted(found)
