"""Atom feeds, JSON Feed and briefings.json parse and carry the records."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator import feeds, render
from tests.site.helpers import DRAFT_ID, HOSTILE_ID, SAMPLE_ID, fixture_records, make_record
from tests.site.helpers import render as render_records

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def rendered(tmp_path: Path) -> Path:
    """The fixture records rendered locally (drafts included)."""
    render_records(fixture_records(), tmp_path)
    return tmp_path


def test_site_feed_lists_briefings_newest_first(rendered: Path) -> None:
    """feed.xml is Atom with one entry per briefing, newest first, updated = newest date."""
    root = ET.parse(rendered / "feed.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert ids[0] == f"urn:briefings:briefing:{DRAFT_ID}"
    assert len(ids) == len(fixture_records())
    updated = [e.findtext(f"{ATOM}updated") for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert root.findtext(f"{ATOM}updated") == updated[0]


def test_feed_links_resolve_to_pages(rendered: Path) -> None:
    """Entry links point at the briefing page, relative to the feed's own folder."""
    root = ET.parse(rendered / "feed.xml").getroot()
    entry = next(
        e for e in root.findall(f"{ATOM}entry") if e.findtext(f"{ATOM}id", "").endswith(SAMPLE_ID)
    )
    links = [link.get("href") for link in entry.findall(f"{ATOM}link")]
    assert links == [f"briefings/{SAMPLE_ID}/"]
    hub = ET.parse(rendered / "people" / "fuad-hussein" / "feed.xml").getroot()
    first = hub.find(f"{ATOM}entry")
    assert first is not None
    assert first.find(f"{ATOM}link").get("href").startswith("../../briefings/")  # type: ignore[union-attr]


def test_hostile_text_in_feed_is_text(rendered: Path) -> None:
    """A hostile title parses back from the feed as the same text, no markup added."""
    root = ET.parse(rendered / "feed.xml").getroot()
    entry = next(
        e for e in root.findall(f"{ATOM}entry") if e.findtext(f"{ATOM}id", "").endswith(HOSTILE_ID)
    )
    title = entry.find(f"{ATOM}title")
    assert title is not None and len(title) == 0
    assert title.text is not None and title.text.startswith("<script>window.__xss=1")
    assert b"<script>" not in (rendered / "feed.xml").read_bytes()


def test_every_hub_has_a_parsing_feed(rendered: Path) -> None:
    """Each hub page has an Atom feed next to it that parses and lists its briefings."""
    hub_pages = [
        p
        for p in rendered.glob("*/*.md")
        if p.name != "index.md" and p.parent.name not in ("briefings", "timeline")
    ]
    assert hub_pages
    for page in hub_pages:
        feed = page.with_suffix("") / "feed.xml"
        assert ET.parse(feed).getroot().findall(f"{ATOM}entry"), feed


def test_json_feed_is_valid_json_feed(rendered: Path) -> None:
    """feed.json is JSON Feed 1.1 with one item per briefing and the body as text."""
    feed = json.loads((rendered / "feed.json").read_text("utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    items = {i["id"].rsplit(":", 1)[1]: i for i in feed["items"]}
    assert set(items) == {r["id"] for r in fixture_records()}
    assert items[SAMPLE_ID]["date_published"] == "2025-03-15T00:00:00+00:00"
    assert "Daesh" in items[SAMPLE_ID]["content_text"]


def test_briefings_json_holds_records_in_field_order(rendered: Path) -> None:
    """briefings.json is {"version": 1, "briefings": [...]} with the records as they are."""
    data = json.loads((rendered / "briefings.json").read_text("utf-8"))
    assert data["version"] == 1
    by_id = {r["id"]: r for r in data["briefings"]}
    sample = next(r for r in fixture_records() if r["id"] == SAMPLE_ID)
    assert by_id[SAMPLE_ID] == sample
    assert list(by_id[SAMPLE_ID]) == list(sample)
    assert b"<" not in (rendered / "briefings.json").read_bytes()


def test_briefings_json_has_one_record_per_line() -> None:
    """briefings.json puts each record on its own line, parses empty or not, and escapes <>."""
    records = [make_record("a", "2025-01-02"), make_record("b", "2025-01-01")]
    records[0]["title"] = "<script>x</script>"
    lines = feeds.briefings_json(records).decode("ascii").splitlines()
    assert lines[0] == '{"version": 1, "briefings": ['
    assert [json.loads(line.rstrip(","))["id"] for line in lines[1:-1]] == ["a", "b"]
    assert lines[-1] == "]}"
    assert "<" not in "".join(lines)
    assert json.loads(feeds.briefings_json([])) == {"version": 1, "briefings": []}


def test_feeds_read_no_clock() -> None:
    """The same records give the same feed bytes; an empty feed has a fixed date."""
    records = [make_record("a", "2025-01-01")]
    one = feeds.atom(records, path="feed.xml", title="T", site_url=None, page="index.md")
    two = feeds.atom(records, path="feed.xml", title="T", site_url=None, page="index.md")
    assert one == two
    empty = ET.fromstring(
        feeds.atom([], path="feed.xml", title="T", site_url=None, page="index.md")
    )
    assert empty.findtext(f"{ATOM}updated") == "1970-01-01T00:00:00+00:00"


def test_site_url_makes_links_absolute() -> None:
    """With a site URL, feed links are absolute."""
    records = [make_record("a", "2025-01-01")]
    root = ET.fromstring(
        feeds.atom(
            records, path="feed.xml", title="T", site_url="https://b.example/site/", page="index.md"
        )
    )
    entry = root.find(f"{ATOM}entry")
    assert entry is not None
    assert entry.find(f"{ATOM}link").get("href") == "https://b.example/site/briefings/a/"  # type: ignore[union-attr]


def test_site_url_of_mkdocs_yml_makes_every_feed_link_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With site_url set (here by BRIEFINGS_SITE_URL), feed.json and Atom links are absolute."""
    monkeypatch.setenv("BRIEFINGS_SITE_URL", "https://news.example/desk/")
    render_records([make_record("a", "2025-01-01")], tmp_path)
    feed = json.loads((tmp_path / "feed.json").read_text("utf-8"))
    assert [item["url"] for item in feed["items"]] == ["https://news.example/desk/briefings/a/"]
    assert feed["feed_url"] == "https://news.example/desk/feed.json"
    root = ET.parse(tmp_path / "feed.xml").getroot()
    hrefs = [link.get("href") for link in root.iter(f"{ATOM}link")]
    assert hrefs and all(h.startswith("https://news.example/desk/") for h in hrefs), hrefs


def test_without_site_url_links_stay_relative_and_say_so_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A local build without site_url invents no host: feed links are relative, said once."""
    monkeypatch.delenv("BRIEFINGS_SITE_URL", raising=False)
    monkeypatch.setattr(render, "_SAID", set())
    render_records([make_record("a", "2025-01-01")], tmp_path / "one")
    render_records([make_record("a", "2025-01-01")], tmp_path / "two")
    feed = json.loads((tmp_path / "one" / "feed.json").read_text("utf-8"))
    assert [item["url"] for item in feed["items"]] == ["briefings/a/"]
    assert "127.0.0.1" not in (tmp_path / "one" / "feed.xml").read_text("utf-8")
    assert capsys.readouterr().err.count("site_url is unset") == 1
