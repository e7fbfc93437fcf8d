"""Reading seed files: a ``.txt`` or ``.md`` article -> `Seed`.

A seed reader only splits the file into its parts (front matter, title,
paragraphs, source trailer, furniture such as bylines and datelines);
understanding the text is the job of `generator.extract`. Front matter lives in
`generator.frontmatter`, publication names in `generator.sources`, furniture in
`generator.furniture`, `generator.bylines` and `generator.datelines`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import charset_normalizer
from markdown_it import MarkdownIt

from generator.bylines import byline_paragraph
from generator.datelines import find_dateline, is_date_line
from generator.frontmatter import split_front_matter
from generator.furniture import drop_boilerplate, read_furniture, signoff_agency
from generator.problems import Problem
from generator.sources import source_from

MAX_SEED_BYTES = 2_000_000
SEED_SUFFIXES = (".txt", ".md")


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
    #: The dateline prefix as written ("BAGHDAD, March 14 (Reuters) -"), or None.
    #: It stays in `paragraphs`; extraction skips it.
    dateline: str | None = None
    #: Place of the dateline in title case ("Baghdad"), or None.
    dateline_place: str | None = None
    #: Date the furniture gives as YYYY-MM-DD: the dateline's when it has a year, else a
    #: date stamp's ("Published: 10:32 GMT, 4 March 2025") or the byline's; or None.
    dateline_date: str | None = None
    #: Reference summary sentences (CNN ``@highlight`` blocks), removed from the text.
    highlights: tuple[str, ...] = ()
    #: The first byline as written ("By Helen Carter, Political Correspondent"), or None.
    byline: str | None = None
    #: Writers named by the bylines ("Helen Carter"); never people of the story.
    authors: tuple[str, ...] = ()
    #: The paragraphs language processing reads: `paragraphs` without bylines, datelines,
    #: date stamps, credits, captions and repeats. None: `paragraphs` without the dateline.
    article: tuple[str, ...] | None = None

    @property
    def text(self) -> str:
        """The article body: paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    @property
    def content(self) -> tuple[str, ...]:
        """The paragraphs of story, without furniture (see `article`)."""
        if self.article is not None:
            return self.article
        paragraphs = list(self.paragraphs)
        if self.dateline and paragraphs and paragraphs[0].startswith(self.dateline):
            # "BAGHDAD, March 14 (Reuters) -" is not part of the first sentence.
            paragraphs[0] = paragraphs[0][len(self.dateline) :].lstrip(" -\u2013\u2014")
        return tuple(p for p in paragraphs if p)


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
        try:
            return raw.decode("utf-16"), "utf_16"
        except UnicodeDecodeError as error:
            raise SeedError(
                f"starts with a UTF-16 byte-order mark but is not UTF-16 ({error.reason}"
                f" at byte {error.start}); save the file as UTF-8"
            ) from error
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


# --- plain text and Markdown -----------------------------------------------------


def _is_furniture(line: str) -> bool:
    """A byline, date stamp or dateline, which may stand where a headline would."""
    return bool(byline_paragraph(line) or is_date_line(line) or find_dateline(line))


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
    if first and _is_headline(first) and rest_starts_para and not _is_furniture(first):
        title = " ".join(first.split())
        lines = lines[1:]
    return title, _paragraphs_txt("\n".join(lines))


_MD = MarkdownIt("commonmark")


def read_md(text: str) -> tuple[str | None, list[str], set[str]]:
    """(first heading or None, paragraphs, the paragraphs that are list items) of a
    Markdown article, as plain text."""
    title = None
    paragraphs: list[str] = []
    items: set[str] = set()
    tokens = _MD.parse(text)
    heading_open = False
    list_depth = 0
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            heading_open = True
        elif token.type == "heading_close":
            heading_open = False
        elif token.type == "list_item_open":
            list_depth += 1
        elif token.type == "list_item_close":
            list_depth -= 1
        elif token.type == "inline":
            plain = _inline_text(token)
            if heading_open and title is None and tokens[index - 1].tag == "h1":
                title = plain
                continue
            if plain:
                paragraphs.append(plain)
                if list_depth:
                    items.add(plain)
        elif token.type in ("fence", "code_block") and token.content.strip():
            paragraphs.append(" ".join(token.content.split()))
    return title, paragraphs, items


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


#: A list item of plain text ("- Wheat output fell", "2. Date palms are dying").
_LIST_ITEM = re.compile(r"^(?:[-*+\u2022]|\d{1,2}[.)])\s")


# --- highlights --------------------------------------------------------------------


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


_SOURCE_LINE = re.compile(r"^\s*(?:original\s+)?source\s*:\s*(?P<value>\S.*?)\s*$", re.IGNORECASE)


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
    front_matter = split_front_matter(text, rel)
    front, body, problems = front_matter.data, front_matter.rest, front_matter.problems
    warnings.extend(front_matter.warnings)
    body, highlights = split_highlights(body)
    lines = body.rstrip().split("\n")
    source_name = source_url = None
    # The trailer may be followed by blank lines; only the last non-blank counts.
    if lines and (m := _SOURCE_LINE.match(lines[-1])):
        source_name, source_url = source_from(m.group("value"))
        body = "\n".join(lines[:-1])
    items: set[str] = set()
    if path.suffix.lower() == ".md":
        title, paragraphs, items = read_md(body)
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
    signoff = signoff_agency(paragraphs)
    paragraphs = drop_boilerplate([p for p in paragraphs if p.strip()])
    if not paragraphs and not title:
        raise SeedError("no text in the file")
    keep = [i for i, p in enumerate(paragraphs) if p in items or _LIST_ITEM.match(p)]
    furniture = read_furniture(paragraphs, keep, signoff)
    if source_name is None and source_url is None:
        source_name = furniture.agency
    seed = Seed(
        path=rel,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=title,
        paragraphs=tuple(paragraphs),
        source_name=source_name,
        source_url=source_url,
        front_matter=front,
        warnings=tuple(warnings),
        dateline=furniture.dateline,
        dateline_place=furniture.dateline_place,
        dateline_date=furniture.date,
        highlights=highlights,
        byline=furniture.byline,
        authors=furniture.authors,
        article=furniture.article,
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
