"""Atom feeds, the JSON Feed and briefings.json, from records only.

Atom is written by feedgen, which builds the XML with lxml, so record text
cannot break the document. No clock is read: a feed's ``updated`` is the date
of its newest briefing, which keeps the output the same on every run.
"""

from __future__ import annotations

import datetime as dt
import json
import posixpath
from typing import Any

from feedgen.feed import FeedGenerator

from generator.escape import clean_text, safe_url
from generator.layout import JSON_FEED_PATH, briefing_path, page_folder
from generator.record import Record, ordered

SITE_TITLE = "Briefings"
FEED_SIZE = 50
# Used when a feed has no entry at all: a fixed date, not today's.
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _when(date: str) -> dt.datetime:
    return dt.datetime.fromisoformat(date).replace(tzinfo=dt.UTC)


def page_url(page: str, *, feed_path: str, site_url: str | None) -> str:
    """URL of a generated page (docs path ``x/y.md``) as seen from a feed at ``feed_path``.

    Pages are served as folders (``/x/y/``); without a site URL the link is
    relative to the feed so it works wherever the site is hosted.
    """
    folder = page_folder(page)
    if site_url:
        return site_url.rstrip("/") + "/" + folder
    rel = posixpath.relpath(folder or ".", posixpath.dirname(feed_path) or ".")
    return "./" if rel == "." else rel + "/"


def _text(value: Any) -> str:
    return clean_text(value) if isinstance(value, str) else ""


def atom(
    records: list[Record],
    *,
    path: str,
    title: str,
    site_url: str | None,
    page: str,
    author: str = SITE_TITLE,
) -> bytes:
    """An Atom feed of the newest briefings (records already sorted newest first)."""
    entries = records[:FEED_SIZE]
    feed = FeedGenerator()
    feed.id(f"urn:briefings:feed:{path}")
    feed.title(_text(title))
    feed.author({"name": _text(author) or SITE_TITLE})
    feed.language("en")
    feed.link(href=page_url(page, feed_path=path, site_url=site_url), rel="alternate")
    self_url = site_url.rstrip("/") + "/" + path if site_url else posixpath.basename(path)
    feed.link(href=self_url, rel="self")
    feed.updated(max((_when(r["date"]) for r in entries), default=_EPOCH))
    for record in entries:
        entry = feed.add_entry(order="append")
        entry.id(f"urn:briefings:briefing:{record['id']}")
        entry.title(_text(record["title"]))
        entry.link(href=page_url(briefing_path(record["id"]), feed_path=path, site_url=site_url))
        entry.published(_when(record["date"]))
        entry.updated(_when(record["date"]))
        entry.summary(_text(record["summary"]))
        # No rel="via" link to the source: feedgen 1.0 drops the rel of entry
        # links, which would turn it into a second "alternate" link.
    data: bytes = feed.atom_str(pretty=True)
    return data


def json_feed(records: list[Record], *, site_url: str | None, title: str = SITE_TITLE) -> bytes:
    """A JSON Feed 1.1 of the newest briefings."""
    items = []
    for record in records[:FEED_SIZE]:
        item: dict[str, Any] = {
            "id": f"urn:briefings:briefing:{record['id']}",
            "url": page_url(
                briefing_path(record["id"]), feed_path=JSON_FEED_PATH, site_url=site_url
            ),
            "title": _text(record["title"]),
            "summary": _text(record["summary"]),
            "content_text": record["body"] if isinstance(record["body"], str) else "",
            "date_published": _when(record["date"]).isoformat(),
            "tags": list(record["topics"]),
        }
        source = safe_url((record.get("source") or {}).get("url"))
        if source:
            item["external_url"] = source
        items.append(item)
    feed: dict[str, Any] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": _text(title) or SITE_TITLE,
        "language": "en",
        "items": items,
    }
    if site_url:
        feed["home_page_url"] = site_url.rstrip("/") + "/"
        feed["feed_url"] = site_url.rstrip("/") + "/" + JSON_FEED_PATH
    return _json_bytes(feed)


def briefings_json(records: list[Record]) -> bytes:
    """``{"version": 1, "briefings": [records]}``, newest first, fields in record order.

    One record per line: compact JSON is written by json's C encoder, which is
    several times faster than the indenting one (this file holds every record),
    and a line per record still reads and diffs well.
    """
    # Made once as bytes, piece by piece: at 10,000 briefings this is ~60 MB, and
    # joining strings then encoding held several copies at once.
    pieces = [b'{"version": 1, "briefings": [\n']
    for number, record in enumerate(records):
        if number:
            pieces.append(b",\n")
        pieces.append(_json_text(ordered(record), indent=None).encode("ascii"))
    pieces.append(b"\n]}\n" if records else b"]}\n")
    return b"".join(pieces)


def _json_bytes(data: Any) -> bytes:
    return (_json_text(data, indent=1) + "\n").encode("ascii")


def _json_text(data: Any, *, indent: int | None) -> str:
    # ensure_ascii keeps "<" and U+2028 out of any context that might embed
    # the file; sort_keys is off because records already have a fixed order.
    text = json.dumps(data, ensure_ascii=True, indent=indent)
    return text.replace("<", "\\u003c").replace(">", "\\u003e")
