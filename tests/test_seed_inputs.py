"""Seeds as they arrive: saved web pages, RSS and Atom feeds, mojibake, pages under odd names.

Each test drops files into a project's seeds/ and runs ingest as an editor would;
a stand-in extractor (the seed's own fields) keeps them fast, and one test runs
the real command line end to end.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from generator.extract.dates import date_of
from generator.ingest import ingest
from generator.project import Project
from generator.seeds import Seed, SeedError, read_seed, read_seeds
from generator.sources import site_in_feed_title
from generator.web_pages import site_in_title
from generator.yamlio import load_yaml
from tests.conftest import FIXTURES, Result
from tests.test_ingest import fake_extract as ingest_fake_extract

WEB = FIXTURES / "seeds_web"
DAY = dt.date(2025, 6, 1)


def fake_extract(seeds: Sequence[Seed]) -> list[dict[str, Any]]:
    """The stand-in fields of test_ingest, dated as the real extractor dates a seed."""
    fields = ingest_fake_extract(seeds)
    for seed, record_fields in zip(seeds, fields, strict=True):
        date, date_source = date_of(seed)
        record_fields.pop("date_source", None)
        record_fields.update({"date": date, **({"date_source": date_source} if date else {})})
    return fields


def run_ingest(root: Path) -> list[str]:
    outcomes = ingest(Project(root), [root / "seeds"], today=DAY, extractor=fake_extract)
    return [str(o) for o in outcomes]


def record(root: Path, rid: str) -> dict[str, Any]:
    data = load_yaml((root / "briefings" / f"{rid}.yaml").read_text("utf-8"), rid).data
    assert isinstance(data, dict)
    return data


def drop(project: Path, name: str, as_name: str | None = None) -> Path:
    target = project / "seeds" / (as_name or name)
    shutil.copy(WEB / name, target)
    return target


def test_saved_page_becomes_a_record_with_the_pages_metadata(project: Path) -> None:
    """A saved .html page gives its headline, published date, site, canonical URL and text."""
    drop(project, "harbour.html")
    assert run_ingest(project) == [
        "seeds/harbour.html: created briefings/harbour-bridge-reopens-after-repairs.yaml"
    ]
    data = record(project, "harbour-bridge-reopens-after-repairs")
    assert data["title"] == "Harbour bridge reopens after repairs"
    assert (data["date"], data["date_source"]) == ("2025-03-04", "page")
    assert data["source"] == {
        "name": "The Coastal Gazette",
        "url": "https://gazette.example.org/news/harbour-bridge-reopens",
    }
    assert data["body"].startswith("The old harbour bridge in Westport reopened")


def test_page_text_has_no_markup_banner_or_footer(project: Path) -> None:
    """Neither HTML source, nor the cookie banner, menu, footer or script reach the record."""
    drop(project, "harbour.html")
    drop(project, "short.htm")
    run_ingest(project)
    for rid in ("harbour-bridge-reopens-after-repairs", "ferry-timetable-changes"):
        body = record(project, rid)["body"]
        assert "<" not in body and "cookie" not in body.lower(), rid
        assert "All rights reserved" not in body and "var x" not in body, rid


def test_page_authors_are_writers_not_people_of_the_story() -> None:
    """The page's author is a byline writer of the seed."""
    seed, _ = read_seed(WEB / "harbour.html", WEB)
    assert seed.authors == ("Mara Lindqvist",)


def test_page_saved_under_a_txt_name_is_still_read_as_a_page(project: Path) -> None:
    """A page saved as .txt is never a record titled <!DOCTYPE html>."""
    drop(project, "short.htm", "saved-page.txt")
    assert run_ingest(project) == [
        "seeds/saved-page.txt: created briefings/ferry-timetable-changes.yaml"
    ]
    data = record(project, "ferry-timetable-changes")
    assert data["source"]["name"] == "Island Courier" and data["date"] == "2024-11-02"


def test_page_without_an_article_is_a_named_skip(project: Path) -> None:
    """A page of menus only is skipped with a reason, and the other seeds go on."""
    (project / "seeds" / "menu.html").write_text(
        "<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav></body></html>", "utf-8"
    )
    drop(project, "short.htm")
    assert run_ingest(project) == [
        "seeds/menu.html: skipped (no article in the page: only 1 word(s) of text)",
        "seeds/short.htm: created briefings/ferry-timetable-changes.yaml",
    ]


def test_front_matter_on_a_page_overrides_its_metadata(project: Path) -> None:
    """A page kept with front matter (as ingest URL saves it) takes the front matter's url."""
    page = (WEB / "short.htm").read_text("utf-8")
    (project / "seeds" / "p.html").write_text(
        '---\nurl: "https://courier.example.com/ferry"\n---\n' + page, "utf-8"
    )
    run_ingest(project)
    assert record(project, "ferry-timetable-changes")["source"] == {
        "name": "Island Courier",
        "url": "https://courier.example.com/ferry",
    }


def test_each_feed_item_is_a_seed_with_its_link_and_date(project: Path) -> None:
    """An RSS file gives one record per item, each with its own link, date and source."""
    drop(project, "news.rss")
    assert run_ingest(project) == [
        "seeds/news.rss#herald-1001: created briefings/library-extends-weekend-opening-hours.yaml",
        "seeds/news.rss#herald-1002: created briefings/bus-route-7-returns-after-roadworks.yaml",
    ]
    data = record(project, "library-extends-weekend-opening-hours")
    assert (data["date"], data["date_source"]) == ("2025-02-10", "page")
    assert data["source"] == {
        "name": "Valley Herald",  # the feed's title less its section, "News"
        "url": "https://herald.example.net/news/library-hours",
    }
    assert data["seed"]["path"] == "seeds/news.rss#herald-1001"
    assert "track()" not in data["body"] and "<p>" not in data["body"]
    assert data["body"].endswith("said librarian Owen Fairweather.")


@pytest.mark.parametrize(
    ("feed_title", "link", "site"),
    [
        ("Kelby Herald - News", "https://kelbyherald.example/a", "Kelby Herald"),
        ("News | The Kelby Herald", "https://www.thekelbyherald.example/", "The Kelby Herald"),
        ("Herald: Latest", "https://kelbyherald.example/a", "Herald"),
        ("Kelby Herald: Latest", "https://mail.example/a", "Kelby Herald: Latest"),
        ("Top stories", "https://kelbyherald.example/a", "Top stories"),
    ],
)
def test_a_feed_title_names_its_site_beside_its_section(
    feed_title: str, link: str, site: str
) -> None:
    """The part of a feed's title that the link's host spells is the site; else the whole title."""
    assert site_in_feed_title(feed_title, link) == site


def test_atom_feed_and_an_xml_feed_are_read(project: Path) -> None:
    """Atom items are seeds too, under .atom or a .xml name whose root is a feed."""
    drop(project, "updates.atom", "harbour.xml")
    assert run_ingest(project) == [
        "seeds/harbour.xml#urn:example:harbour-notes:17: created "
        "briefings/new-pontoon-opens-at-the-marina.yaml"
    ]
    assert record(project, "new-pontoon-opens-at-the-marina")["date"] == "2025-05-01"


def test_reingesting_a_feed_is_idempotent_and_one_changed_item_updates_one_record(
    project: Path,
) -> None:
    """A re-downloaded feed changes nothing; an edited item updates only its own record."""
    feed = drop(project, "news.rss")
    run_ingest(project)
    assert [line.split(": ")[1] for line in run_ingest(project)] == [
        "unchanged briefings/library-extends-weekend-opening-hours.yaml",
        "unchanged briefings/bus-route-7-returns-after-roadworks.yaml",
    ]
    text = feed.read_text("utf-8").replace("Thursday", "Friday")
    feed.write_text(text.replace("<title>Valley Herald: News</title>", "<title>VH</title>"))
    assert run_ingest(project) == [
        "seeds/news.rss#herald-1001: unchanged "
        "briefings/library-extends-weekend-opening-hours.yaml",
        "seeds/news.rss#herald-1002: updated briefings/bus-route-7-returns-after-roadworks.yaml",
    ]


def test_xml_that_is_no_feed_and_a_broken_feed_are_named_skips(project: Path) -> None:
    """A .xml sitemap and an .rss file of junk are skipped, each with its reason."""
    (project / "seeds" / "sitemap.xml").write_text("<urlset><url/></urlset>", "utf-8")
    (project / "seeds" / "junk.rss").write_bytes(b"\x89PNG\r\n\x1a\n not a feed")
    assert run_ingest(project) == [
        "seeds/junk.rss: skipped (not an RSS or Atom feed)",
        "seeds/sitemap.xml: skipped (an XML file that is not an RSS or Atom feed)",
    ]


def test_an_empty_feed_item_is_a_named_skip_beside_its_neighbours(project: Path) -> None:
    """An item with neither title nor text gets a skipped line; the other items still land."""
    text = (WEB / "news.rss").read_text("utf-8")
    empty = (
        '<item><guid isPermaLink="false">herald-1003</guid>'
        "<description>  </description></item>\n</channel>"
    )
    (project / "seeds" / "news.rss").write_text(text.replace("</channel>", empty), "utf-8")
    assert run_ingest(project) == [
        "seeds/news.rss#herald-1003: skipped (the item has neither a title nor text)",
        "seeds/news.rss#herald-1001: created briefings/library-extends-weekend-opening-hours.yaml",
        "seeds/news.rss#herald-1002: created briefings/bus-route-7-returns-after-roadworks.yaml",
    ]


def test_a_feed_of_empty_items_is_one_named_skip(project: Path) -> None:
    """A feed whose items all lack a title and text is skipped whole, with that reason."""
    (project / "seeds" / "blank.rss").write_text(
        '<rss version="2.0"><channel><title>Blank</title>'
        "<item><guid>b-1</guid></item><item><description> </description></item>"
        "</channel></rss>",
        "utf-8",
    )
    assert run_ingest(project) == [
        "seeds/blank.rss: skipped (the feed has no items with a title or text)"
    ]


def test_mojibake_is_repaired_and_the_ingest_line_says_so(project: Path) -> None:
    """'CafÃ©' and 'Â£7,270' come out as 'Café' and '£7,270', noted on the ingest line."""
    drop(project, "mojibake.txt")
    assert run_ingest(project) == [
        "seeds/mojibake.txt: created briefings/cafe-owners-fined.yaml (repaired mojibake)"
    ]
    data = record(project, "cafe-owners-fined")
    assert data["title"] == "Café owners fined" and "£7,270" in data["body"]


def test_read_seed_refuses_a_feed_and_read_seeds_gives_its_items() -> None:
    """`read_seed` is for one article: a feed is a SeedError there, a list in `read_seeds`."""
    with pytest.raises(SeedError, match="a feed of 2 items"):
        read_seed(WEB / "news.rss", WEB)
    assert [s.title for s, _ in read_seeds(WEB / "news.rss", WEB)] == [
        "Library extends weekend opening hours",
        "Bus route 7 returns after roadworks",
    ]


def test_cli_ingests_a_page_with_the_real_extractor(
    project: Path, run: Callable[..., Result]
) -> None:
    """`briefings ingest` end to end: a saved page becomes a record that passes check."""
    drop(project, "harbour.html")
    result = run("--root", project, "ingest")
    assert result.code == 0, result.out + result.err
    assert "seeds/harbour.html: created briefings/harbour-bridge-reopens-after-repairs.yaml" in (
        result.out
    )
    data = record(project, "harbour-bridge-reopens-after-repairs")
    assert data["date_source"] == "page"
    assert "Tomas Reyes" in [p["name"] for p in data["people"]]
    assert "Mara Lindqvist" not in [p["name"] for p in data["people"]]
    assert run("--root", project, "check").code == 0


def test_reading_pages_and_feeds_never_touches_the_network() -> None:
    """Importing trafilatura and feedparser and reading a page and a feed open no socket."""
    script = f"""
import socket
def refuse(*args, **kwargs):
    raise SystemExit(f"network use: {{args!r}}")
socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse
from pathlib import Path
from generator.seeds import read_seeds
web = Path({str(WEB)!r})
for name in ("harbour.html", "short.htm", "news.rss", "updates.atom"):
    assert read_seeds(web / name, web)
print("offline ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert (done.returncode, done.stdout) == (0, "offline ok\n"), done.stderr


def test_a_feed_item_too_long_for_an_article_is_skipped_alone(project: Path) -> None:
    """A feed item that cannot be a seed is a named skip; the feed's other items go on."""
    text = "Many words here. " * 20_000
    (project / "seeds" / "big.rss").write_text(
        f"<rss version='2.0'><channel><item><guid>big-1</guid><title>Big</title>"
        f"<description>{text}</description></item>"
        "<item><guid>small-1</guid><title>Ferry fares rise</title>"
        "<description>Ferry fares will rise next year, the operator said.</description>"
        "</item></channel></rss>",
        "utf-8",
    )
    assert run_ingest(project) == [
        "seeds/big.rss#big-1: skipped (text is 339999 characters, "
        "over the limit of 200000 for one article)",
        "seeds/big.rss#small-1: created briefings/ferry-fares-rise.yaml",
    ]


def test_page_metadata_from_json_ld_and_no_consent_popup_or_sidebar(project: Path) -> None:
    """A page dated only in JSON-LD gets that date and publisher; popups and asides stay out."""
    drop(project, "jsonld.html")
    run_ingest(project)
    data = record(project, "night-trains-return-to-the-northern-line")
    assert (data["date"], data["date_source"]) == ("2023-09-18", "page")
    assert data["source"]["name"] == "Rail Weekly"
    assert data["body"].startswith("Sleeper services between the capital")
    for debris in ("cookies", "Most read", "Subscribe", "Depot Street", "By Ilse"):
        assert debris not in data["body"], debris


@pytest.mark.parametrize(
    ("page_title", "site"),
    [
        ("Ferry fares to rise - BBC News", "BBC News"),
        ("Ferry fares to rise | Travel | The Kelby Herald", "The Kelby Herald"),
        ("Ferry fares to rise | Opinion", None),
        ("Ferry fares to rise", None),
        ("Ferry fares to rise again | Travel | Herald", None),
        ("BBC NEWS | Business | Ferry fares to rise", "BBC News"),
        ("Kelby Herald | Travel | Ferry fares to rise", "Kelby Herald"),
        ("Travel | Ferry fares to rise", None),
    ],
)
def test_a_page_title_names_its_site_beside_the_headline(page_title: str, site: str | None) -> None:
    """A title's site is a known publication beside the headline, or the far one of its parts."""
    # Of two or more parts the far one: the last after the headline, the first before it.
    assert site_in_title(page_title, "Ferry fares to rise") == site


def test_a_page_without_a_site_name_takes_it_from_its_title(tmp_path: Path) -> None:
    """A page with no site-name metadata gets its source from its ``<title>``."""
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "Ferry fares between the islands will rise by a fifth in June, the operator said.",
            "The operator blamed the cost of fuel and said timetables would not change.",
            "Islanders said the rise would hit families who travel to the mainland for work.",
        )
    )
    page = tmp_path / "ferry.html"
    page.write_text(
        "<html><head><title>Ferry fares to rise | Travel | The Kelby Herald</title></head>"
        f"<body><main><h1>Ferry fares to rise</h1>{paragraphs}</main></body></html>",
        "utf-8",
    )
    assert read_seed(page, tmp_path)[0].source_name == "The Kelby Herald"


def test_a_page_laid_out_in_a_table_keeps_its_paragraphs(tmp_path: Path) -> None:
    """An old page laid out in table cells gives paragraphs; a small figures table is no prose."""
    story = "".join(
        f"<p>{text}</p>"
        for text in (
            "Ferry fares between the islands will rise by a fifth in June, the operator said.",
            "The operator blamed the cost of fuel and said timetables would not change.",
        )
    )
    page = tmp_path / "ferry.html"
    page.write_text(
        "<html><head><title>KELBY NEWS | Travel | Ferry fares to rise</title></head><body>"
        "<table><tr><td><a href='/'>Front Page</a><br><a href='/travel'>Travel</a></td>"
        f"<td><h1>Ferry fares to rise</h1>{story}"
        "<table><tr><td>Fares</td><td>2023</td></tr></table></td></tr></table></body></html>",
        "utf-8",
    )
    seed = read_seed(page, tmp_path)[0]
    assert seed.paragraphs[0].startswith("Ferry fares between the islands")
    assert seed.paragraphs[1].startswith("The operator blamed")
    assert not any("|" in paragraph for paragraph in seed.paragraphs)
