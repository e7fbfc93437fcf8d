"""Reading seed files: an article, a web page or a feed -> `Seed` (one per feed item).

A seed reader only splits the file into its parts (front matter, title,
paragraphs, source, furniture such as bylines and datelines); understanding the
text is the job of `generator.extract`. Bytes become text in `generator.seed_bytes`,
plain text and Markdown are split in `generator.seed_text`, web pages read in
`generator.web_pages`, feeds in `generator.seed_feeds`; front matter lives in
`generator.frontmatter`, publication names in `generator.sources`, furniture in
`generator.furniture`, `generator.bylines` and `generator.datelines`, web chrome in
`generator.web_chrome`. Every failure
is a `SeedError` naming its cause.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator.frontmatter import split_front_matter
from generator.furniture import read_furniture
from generator.problems import Problem
from generator.record import BODY_MAX_CHARS, check_http_url, max_chars
from generator.seed_bytes import SeedError as SeedError  # re-exported for seed readers
from generator.seed_bytes import text_of
from generator.seed_feeds import FEED_SUFFIXES, FeedItem, feed_items, looks_like_feed
from generator.seed_text import (
    LIST_ITEM,
    MAX_HEADLINE_CHARS,
    Parts,
    source_of,
    split_highlights,
    text_parts,
)
from generator.sources import site_in_feed_title
from generator.web_chrome import drop_boilerplate, signoff_agency
from generator.web_pages import Page, looks_like_html, read_page

MAX_SEED_BYTES = 2_000_000
#: One article's text at most, as the record's body will hold it: the body's limit, over
#: two and a half times the longest article of our test sets. A saved page may be far
#: bigger than its text; a longer text is many articles, or no article.
MAX_TEXT_CHARS = BODY_MAX_CHARS
#: Lines (or paragraphs) of one article at most; the Markdown parser and the furniture
#: reader each spend a few seconds on ten thousand.
MAX_LINES = 10_000
SEED_SUFFIXES = (".txt", ".md", ".html", ".htm", *FEED_SUFFIXES)


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
    #: Publication date a web page's metadata or a feed item gives, as YYYY-MM-DD, or None.
    page_date: str | None = None

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


def _source(
    front: dict[str, Any], name: str | None, url: str | None
) -> tuple[str | None, str | None]:
    """Publication name and URL: front matter's `source` and `url` win over the text's."""
    if isinstance(front.get("source"), str):
        name, given = source_of(front["source"])
        url = url if given is None else given
    if isinstance(front.get("url"), str):
        url = front["url"].strip()
        if name is None:
            name, _ = source_of(url)
    return name, url


def _check_size(text: str, lines: int) -> None:
    """Refuse a text too long for one record's body or with too many paragraphs."""
    if len(text) > MAX_TEXT_CHARS:
        raise SeedError(
            f"text is {len(text)} characters, over the limit of {MAX_TEXT_CHARS} for one article"
        )
    if lines > MAX_LINES:
        raise SeedError(f"text has {lines} lines, over the limit of {MAX_LINES} for one article")


MAX_SOURCE_NAME_CHARS = max_chars("source", "name")
MAX_SOURCE_URL_CHARS = max_chars("source", "url")


def _shown(value: str | None) -> str | None:
    """A title or name without the characters no font shows: control characters (front
    matter may escape them in: "\\x00"), surrogates and the noncharacters U+FFFE/U+FFFF."""
    if value is None:
        return None
    shown = "".join(
        " " if c in "\ufffe\uffff" or unicodedata.category(c) in _UNSHOWN else c for c in value
    )
    return " ".join(shown.split()) or None


#: Unicode categories of characters a title or name never shows: controls, surrogates.
_UNSHOWN = frozenset(("Cc", "Cs"))


def _splits(url: str) -> bool:
    """Whether urlsplit reads the URL ("http://[::1" it refuses), as the site's pages will."""
    try:
        urlsplit(url)
    except ValueError:
        return False
    return True


def _fit_record(parts: Parts) -> list[str]:
    """Leave out what a record cannot hold, so that ingest never writes a record `check`
    rejects: a headline over the title's limit (a paragraph made a heading, a feed item's
    text in its title; it opens the text, and the title is made from the text), a
    publication name over its limit
    (a page's whole title), a URL that is not http(s). Returns a warning for each."""
    warnings = []
    parts.title, parts.source_name = _shown(parts.title), _shown(parts.source_name)
    if parts.title is not None and len(parts.title) > MAX_HEADLINE_CHARS:
        warnings.append(
            f"headline of {len(parts.title)} characters is over the limit of "
            f"{MAX_HEADLINE_CHARS}; the title is made from the text"
        )
        # Such a "headline" is a paragraph (a feed item's text put in its title): it opens
        # the text, unless the text opens with it already.
        if not (parts.paragraphs and parts.paragraphs[0].startswith(parts.title)):
            parts.paragraphs.insert(0, parts.title)
        parts.title = None
    if parts.source_name is not None and len(parts.source_name) > MAX_SOURCE_NAME_CHARS:
        warnings.append(f"publication name over {MAX_SOURCE_NAME_CHARS} characters left out")
        parts.source_name = None
    url = parts.source_url
    if url is not None and (
        check_http_url(url) or len(url) > MAX_SOURCE_URL_CHARS or not _splits(url)
    ):
        warnings.append(
            f"source URL left out: not an http(s) URL of {MAX_SOURCE_URL_CHARS} characters at most"
        )
        parts.source_url = None
    return warnings


def _compose(path: str, sha256: str, parts: Parts, **given: Any) -> Seed:
    """A seed from its parts: boilerplate dropped, furniture (bylines, datelines) read."""
    given["warnings"] = (*given.get("warnings", ()), *_fit_record(parts))
    _check_size("\n\n".join(parts.paragraphs), len(parts.paragraphs))
    signoff = signoff_agency(parts.paragraphs)
    paragraphs = drop_boilerplate([p for p in parts.paragraphs if p.strip()])
    if not paragraphs and not parts.title:
        raise SeedError("no text in the file")
    keep = {i for i, p in enumerate(paragraphs) if p in parts.list_items or LIST_ITEM.match(p)}
    furniture = read_furniture(paragraphs, keep, signoff)
    source_name, source_url = parts.source_name, parts.source_url
    if source_name is None and source_url is None:
        source_name = furniture.agency
    return Seed(
        path=path,
        sha256=sha256,
        title=parts.title,
        paragraphs=tuple(paragraphs),
        source_name=source_name,
        source_url=source_url,
        dateline=furniture.dateline,
        dateline_place=furniture.dateline_place,
        dateline_date=furniture.date,
        byline=furniture.byline,
        authors=tuple(dict.fromkeys(parts.authors + furniture.authors)),
        article=furniture.article,
        page_date=parts.page_date,
        **given,
    )


def _page_parts(page: Page) -> Parts:
    name, url = page.site_name, page.url
    if url and name is None:
        name, _ = source_of(url)
    return Parts(page.title, list(page.paragraphs), set(), name, url, page.date, page.authors)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_SEED_BYTES:
            raise SeedError(f"file is {size} bytes, over the limit of {MAX_SEED_BYTES}")
        return path.read_bytes()
    except OSError as error:
        raise SeedError(f"cannot read: {error.strerror or error}") from error


def _bare_host(url: str | None) -> str:
    return (urlsplit(url or "").hostname or "").removeprefix("www.")


@dataclass(frozen=True)
class SkippedItem:
    """A feed item that cannot be a seed; the feed's other items still are."""

    path: str
    reason: str


def _item_seed(path: str, item: FeedItem) -> Seed | SkippedItem:
    warnings = ("repaired mojibake",) if item.repaired else ()
    item_path = f"{path}#{item.key}"
    if item.empty:
        return SkippedItem(item_path, "the item has neither a title nor text")
    try:
        return _compose(item_path, item.sha256, _item_parts(item), warnings=warnings)
    except SeedError as error:
        return SkippedItem(item_path, str(error))
    except Exception as error:  # one item's bug costs that item, not the feed (read_seeds)
        return SkippedItem(item_path, _unexpected(error))


def _item_parts(item: FeedItem) -> Parts:
    name, url = source_of(item.link) if item.link else (None, None)
    if item.feed_title and (name is None or name == _bare_host(url)):
        # A bare domain says less than the feed's own title, less its section.
        name = site_in_feed_title(item.feed_title, url)
    return Parts(item.title, list(item.paragraphs), set(), name, url, item.date, item.authors)


def read_seeds(path: Path, root: Path) -> list[tuple[Seed, list[Problem]] | SkippedItem]:
    """Every article of one seed file, with the problems of its front matter: one for an
    article or page, one per item for an RSS or Atom feed (an item that cannot be a seed
    is a SkippedItem). Raises only SeedError."""
    try:
        return _read_seeds(path, root)
    except SeedError:
        raise
    except Exception as error:
        # A reader's bug on one odd file (a library raising what it never documented) costs
        # that file, reported as a skip, never the rest of the ingest.
        raise SeedError(_unexpected(error)) from error


def _unexpected(error: Exception) -> str:
    return f"cannot be read ({type(error).__name__}: {error}); please report this seed"


def _read_seeds(path: Path, root: Path) -> list[tuple[Seed, list[Problem]] | SkippedItem]:
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
    raw = _read_bytes(path)
    suffix = path.suffix.lower()
    if suffix in (".rss", ".atom") or (suffix == ".xml" and looks_like_feed(raw)):
        items = [_item_seed(rel, item) for item in feed_items(raw)]
        return [item if isinstance(item, SkippedItem) else (item, []) for item in items]
    if suffix == ".xml":
        raise SeedError("an XML file that is not an RSS or Atom feed")
    text, warnings = text_of(raw)
    front_matter = split_front_matter(text, rel)
    front, body, problems = front_matter.data, front_matter.rest, front_matter.problems
    warnings.extend(front_matter.warnings)
    highlights: tuple[str, ...] = ()
    if suffix in (".html", ".htm") or looks_like_html(body):
        parts = _page_parts(read_page(body))
    else:
        _check_size(body, body.count("\n"))
        body, highlights = split_highlights(body)
        parts = text_parts(body, suffix == ".md", warnings)
    if isinstance(front.get("title"), str) and front["title"].strip():
        parts.title = " ".join(front["title"].split())
    parts.source_name, parts.source_url = _source(front, parts.source_name, parts.source_url)
    sha256 = hashlib.sha256(raw).hexdigest()
    seed = _compose(
        rel,
        sha256,
        parts,
        front_matter=front,
        warnings=tuple(warnings),
        highlights=highlights,
    )
    return [(seed, problems)]


def read_seed(path: Path, root: Path) -> tuple[Seed, list[Problem]]:
    """Read one seed that holds one article; raises SeedError when it cannot be used
    (a feed's items are read with `read_seeds`)."""
    seeds = read_seeds(path, root)
    if len(seeds) != 1:
        raise SeedError(f"a feed of {len(seeds)} items; each is a seed of its own")
    if isinstance(seeds[0], SkippedItem):
        raise SeedError(f"a feed item that cannot be a seed: {seeds[0].reason}")
    return seeds[0]


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
