"""RSS and Atom files in seeds/: one article per item.

Each item has an identity that survives a re-download of the feed (its guid, else
its link, else a hash of its title), so the seed path ``seeds/news.rss#<identity>``
names the same article on every ingest, and an item's own hash (of what it says,
not of the whole file) changes only when that item changes. Not to be confused
with `generator.feeds`, the feeds the site publishes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import re
import time
from dataclasses import dataclass
from typing import Any

from generator.seed_bytes import SeedError, repair
from generator.web_pages import fragment_paragraphs

FEED_SUFFIXES = (".rss", ".atom", ".xml")

#: feedparser spends about 0.2 ms per element (twice that on a feed that is not
#: well-formed XML); real feeds have a few thousand elements at most.
MAX_FEED_ELEMENTS = 6_000
_CDATA = re.compile(rb"<!\[CDATA\[.*?\]\]>", re.S)
_ELEMENT = re.compile(rb"<[A-Za-z]")

#: Longest item identity kept in a seed path; longer ones are cut and hashed.
_MAX_KEY = 200


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed, as plain text."""

    key: str
    sha256: str
    title: str | None
    paragraphs: tuple[str, ...]
    link: str | None
    date: str | None
    authors: tuple[str, ...]
    repaired: bool
    #: The feed's own title ("Valley Herald: News"), the publication when its domain is unknown.
    feed_title: str | None = None

    @property
    def empty(self) -> bool:
        """Whether the item has neither a title nor text: nothing to make a seed of."""
        return self.title is None and not self.paragraphs


def _text(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _date(entry: Any) -> str | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(name)
        if isinstance(parsed, time.struct_time):
            # feedparser passes on years a calendar has not ("-1-11-30" from a broken stamp)
            with contextlib.suppress(ValueError):
                return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return None


#: Types of an item's title that feedparser gives as HTML ("Tarn &amp; Vell&#x27;s plan").
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _title(entry: Any) -> str | None:
    """The item's title as plain text: an HTML title's tags and character references read."""
    title = entry.get("title")
    detail = entry.get("title_detail")
    if title and isinstance(detail, dict) and detail.get("type") in _HTML_TYPES:
        title = " ".join(fragment_paragraphs(str(title)))
    return _text(title)


def _key(entry: Any, title: str | None) -> str:
    key = _text(entry.get("id")) or _text(entry.get("link"))
    if key is None:
        key = "title-" + hashlib.sha256((title or "").encode("utf-8")).hexdigest()[:16]
    if len(key) > _MAX_KEY:
        key = key[: _MAX_KEY - 17] + "~" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return key


def _body(entry: Any) -> str:
    """The fullest HTML the item carries: its content, else its summary."""
    contents = [c.get("value", "") for c in entry.get("content", []) if isinstance(c, dict)]
    best = max(contents, key=len, default="")
    summary = entry.get("summary") or ""
    return best if len(best) >= len(summary) else str(summary)


def _authors(entry: Any) -> tuple[str, ...]:
    names = [_text(a.get("name")) for a in entry.get("authors", []) if isinstance(a, dict)]
    return tuple(dict.fromkeys(n for n in names if n))


def _item(entry: Any, feed_title: str | None) -> FeedItem:
    title = _title(entry)
    paragraphs = fragment_paragraphs(_body(entry))
    repaired = False
    if title is not None:
        title, fixed = repair(title)
        repaired |= fixed
    fixed_paragraphs = []
    for paragraph in paragraphs:
        text, fixed = repair(paragraph)
        repaired |= fixed
        fixed_paragraphs.append(text)
    link = _text(entry.get("link"))
    if link and not re.match(r"^https?://", link, re.IGNORECASE):
        link = None
    date = _date(entry)
    authors = _authors(entry)
    key = _key(entry, title)
    said = json.dumps([key, title, fixed_paragraphs, link, date, authors], ensure_ascii=False)
    return FeedItem(
        key=key,
        sha256=hashlib.sha256(said.encode("utf-8")).hexdigest(),
        title=title,
        paragraphs=tuple(fixed_paragraphs),
        link=link,
        date=date,
        authors=authors,
        repaired=repaired,
        feed_title=feed_title,
    )


def looks_like_feed(raw: bytes) -> bool:
    """Bytes whose root element is an RSS, RDF or Atom feed's."""
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    head = re.sub(rb"<\?xml[^>]*\?>|<!--.*?-->|<!doctype[^>]*>|\s+", b" ", head, flags=re.S)
    return re.match(rb"\s*<(?:rss|feed|rdf:rdf)[\s>]", head) is not None


def feed_items(raw: bytes) -> list[FeedItem]:
    """Every item of an RSS or Atom feed, empty ones too (the reader reports them);
    raises SeedError when no item has a title or text."""
    import feedparser  # loaded only when a feed is read

    elements = len(_ELEMENT.findall(_CDATA.sub(b"", raw)))
    if elements > MAX_FEED_ELEMENTS:
        raise SeedError(
            f"feed has {elements} XML elements, over the limit of {MAX_FEED_ELEMENTS}; "
            "split it into smaller files"
        )
    try:
        # A stream, never bytes or str: feedparser opens a str as a URL or file name.
        parsed = feedparser.parse(io.BytesIO(raw))
    except Exception as error:  # feedparser's parsers raise many kinds on broken XML
        raise SeedError(f"cannot read the feed ({type(error).__name__}: {error})") from error
    if not parsed.get("version") and not parsed.get("entries"):
        raise SeedError("not an RSS or Atom feed")
    feed_title = _text(parsed.get("feed", {}).get("title"))
    items: list[FeedItem] = []
    seen: dict[str, int] = {}
    for entry in parsed.get("entries", []):
        item = _item(entry, feed_title)
        # Two items with one guid (a broken feed) still get a seed each.
        seen[item.key] = seen.get(item.key, 0) + 1
        if seen[item.key] > 1:
            item = FeedItem(**{**item.__dict__, "key": f"{item.key}~{seen[item.key]}"})
        items.append(item)
    if all(item.empty for item in items):
        raise SeedError("the feed has no items with a title or text")
    return items
