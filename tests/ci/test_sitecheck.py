"""generator.sitecheck on small hand-made sites: each fault gives its exact message."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.builtsite import resolve, target_file
from generator.problems import Problem
from generator.sitecheck import check_built_site, main, site_base_path
from tests.conftest import FIXTURES


def fragment(url: str) -> bytes:
    """A Pagefind fragment file: one search result, as Pagefind 1.x writes it."""
    return gzip.compress(
        b"pagefind_dcd" + json.dumps({"url": url, "content": "x"}).encode(), mtime=0
    )


ATOM_HEAD = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
# The smallest site that passes: home, one briefing, one hub linking back, feed, JSON.
GOOD = {
    "index.html": '<a href="briefings/a/">A</a>\n<a href="feed.xml">feed</a>\n',
    "briefings/a/index.html": (
        '<h2 id="summary">Summary</h2>\n'
        '<a href="#summary">here</a>\n'
        '<a href="../../people/x/">X</a>\n'
        '<a href="../../">home</a>\n'
    ),
    "people/index.html": '<a href="x/">X</a>\n',
    "people/x/index.html": '<a href="../../briefings/a/">A</a>\n',
    "feed.xml": ATOM_HEAD + '<link href="briefings/a/"/>\n</feed>\n',
    "briefings.json": json.dumps({"version": 1, "briefings": [{"id": "a"}]}),
    "pagefind/pagefind-entry.json": "{}",
    "pagefind/batches.json": '{"merge": []}',
    "pagefind/fragment/en_a.pf_fragment": fragment("/briefings/a/"),
}
RECORDS = [{"id": "a", "status": "published"}]


def write_site(site: Path, files: dict[str, str | bytes | None]) -> Path:
    """Write ``files`` (site-relative path -> text or bytes; ``None`` is left out) into ``site``."""
    for rel, content in files.items():
        if content is not None:
            (site / rel).parent.mkdir(parents=True, exist_ok=True)
            data = content.encode("utf-8") if isinstance(content, str) else content
            (site / rel).write_bytes(data)
    return site


def make_site(tmp_path: Path, changes: dict[str, str | bytes | None] | None = None) -> Path:
    """The GOOD site with some files replaced (``None`` leaves one out)."""
    return write_site(tmp_path / "site", {**GOOD, **(changes or {})})


def check(site: Path, records: list[dict[str, Any]] | None = None, **kw: Any) -> list[Problem]:
    return check_built_site(site, records or RECORDS, production=kw.pop("production", False), **kw)


def test_good_site_has_no_problems(tmp_path: Path) -> None:
    """The hand-made good site passes, locally and in production."""
    site = make_site(tmp_path)
    assert check(site) == []
    assert check(site, production=True) == []


def test_broken_link(tmp_path: Path) -> None:
    """A link to a page that does not exist names the page, line and the missing file."""
    site = make_site(tmp_path, {"index.html": '<p>\n<a href="briefings/b/">B</a>\n'})
    assert check(site) == [
        Problem(
            "site/index.html",
            2,
            "link",
            "'briefings/b/' points to briefings/b/index.html, which does not exist",
        )
    ]


def test_missing_anchor(tmp_path: Path) -> None:
    """A #fragment the target page has no id for is reported with the target file."""
    page = GOOD["briefings/a/index.html"].replace("#summary", "#key-points")
    site = make_site(tmp_path, {"briefings/a/index.html": page})
    assert check(site) == [
        Problem(
            "site/briefings/a/index.html",
            2,
            "anchor",
            "'#key-points' points to #key-points, which briefings/a/index.html does not have",
        )
    ]


def test_anchor_on_another_page(tmp_path: Path) -> None:
    """Anchors are checked on the linked page, after percent-decoding."""
    ok = make_site(tmp_path / "ok", {"index.html": '<a href="briefings/a/#sum%6Dary">s</a>'})
    assert check(ok) == []
    bad = make_site(tmp_path / "bad", {"index.html": '<a href="briefings/a/#nope">s</a>'})
    assert [p.message for p in check(bad)] == [
        "'briefings/a/#nope' points to #nope, which briefings/a/index.html does not have"
    ]


def test_feed_not_well_formed(tmp_path: Path) -> None:
    """A feed that is not XML is reported with expat's reason and line."""
    site = make_site(tmp_path, {"feed.xml": ATOM_HEAD + "<title>x</titel>\n</feed>\n"})
    assert check(site) == [
        Problem("site/feed.xml", 3, "xml", "not well-formed XML: mismatched tag: line 3, column 10")
    ]


def test_feed_not_atom(tmp_path: Path) -> None:
    """A feed.xml whose root is not an Atom <feed> is reported."""
    site = make_site(tmp_path, {"feed.xml": '<rss version="2.0"></rss>'})
    assert check(site) == [
        Problem("site/feed.xml", 0, "feed", "not an Atom feed: the root is <rss>")
    ]


def test_feed_link_broken(tmp_path: Path) -> None:
    """A feed entry link is resolved against the feed's own URL and must exist."""
    site = make_site(tmp_path, {"feed.xml": ATOM_HEAD + '<link href="briefings/gone/"/></feed>'})
    assert check(site) == [
        Problem(
            "site/feed.xml",
            0,
            "link",
            "'briefings/gone/' points to briefings/gone/index.html, which does not exist",
        )
    ]


def test_json_invalid_and_wrong_version(tmp_path: Path) -> None:
    """briefings.json must parse and say version 1."""
    broken = make_site(tmp_path / "a", {"briefings.json": '{"version": 1,\n'})
    assert check(broken) == [
        Problem(
            "site/briefings.json",
            2,
            "json",
            "not valid JSON: Expecting property name enclosed in double quotes",
        )
    ]
    wrong = make_site(tmp_path / "b", {"briefings.json": '{"version": 2, "briefings": []}'})
    assert check(wrong) == [
        Problem("site/briefings.json", 0, "version", "version is 2, expected 1")
    ]


def test_json_missing_a_briefing(tmp_path: Path) -> None:
    """briefings.json lists every briefing the site should show."""
    site = make_site(tmp_path, {"briefings.json": '{"version": 1, "briefings": []}'})
    assert check(site) == [
        Problem("site/briefings.json", 0, "briefings", "briefing 'a' is missing")
    ]


def test_missing_page(tmp_path: Path) -> None:
    """A record that should be on the site but has no page is named with its path."""
    site = make_site(tmp_path)
    records = [*RECORDS, {"id": "b", "status": "draft"}]
    problems = check(site, records)
    assert Problem("site/briefings/b/index.html", 0, "page", "briefing 'b' has no page") in problems
    # In production a draft is not expected at all.
    assert check(site, records, production=True) == []


def test_draft_in_production(tmp_path: Path) -> None:
    """A production site must have no draft's page, nor list it in briefings.json or search."""
    site = make_site(tmp_path)
    records = [{"id": "a", "status": "draft"}]
    assert check(site, records, production=True) == [
        Problem("site/briefings.json", 0, "briefings", "draft 'a' is listed in a production site"),
        Problem("site/briefings/a/index.html", 0, "page", "draft 'a' is in a production site"),
        Problem(
            "site/pagefind/pagefind-entry.json",
            0,
            "search",
            "draft 'a' is in the index of a production site",
        ),
    ]


def test_search_results_open_pages_of_the_site(tmp_path: Path) -> None:
    """A result URL that is no site page, or a file no fragment, is reported at the fragment."""
    site = make_site(
        tmp_path,
        {
            "pagefind/fragment/en_gone.pf_fragment": fragment("/briefings/gone/"),
            "pagefind/fragment/en_bad.pf_fragment": b"not gzip",
        },
    )
    assert check(site) == [
        Problem(
            "site/pagefind/fragment/en_bad.pf_fragment", 0, "search", "not a Pagefind fragment"
        ),
        Problem(
            "site/pagefind/fragment/en_gone.pf_fragment",
            0,
            "link",
            "'/briefings/gone/' points to briefings/gone/index.html, which does not exist",
        ),
    ]


def test_search_finds_every_briefing_once(tmp_path: Path) -> None:
    """A briefing missing from every bundle, or in two of them, is reported."""
    missing = make_site(tmp_path / "a", {"pagefind/fragment/en_a.pf_fragment": None})
    assert check(missing) == [
        Problem(
            "site/pagefind/pagefind-entry.json", 0, "search", "briefing 'a' is not in the index"
        )
    ]
    twice = make_site(
        tmp_path / "b",
        {
            "pagefind/batches.json": '{"merge": ["batch/01/"]}',
            "pagefind/batch/01/pagefind-entry.json": "{}",
            "pagefind/batch/01/fragment/en_a2.pf_fragment": fragment("/briefings/a/"),
        },
    )
    assert check(twice) == [
        Problem(
            "site/pagefind/pagefind-entry.json",
            0,
            "search",
            "briefing 'a' is in the index 2 times:"
            " site/pagefind/batch/01/fragment/en_a2.pf_fragment,"
            " site/pagefind/fragment/en_a.pf_fragment",
        )
    ]


def test_search_bundles_match_their_list(tmp_path: Path) -> None:
    """Every Pagefind bundle batches.json lists exists, and every bundle there is listed."""
    listed_missing = make_site(
        tmp_path / "a", {"pagefind/batches.json": '{"merge": ["batch/01/"]}'}
    )
    assert check(listed_missing) == [
        Problem(
            "site/pagefind/batches.json", 0, "search", "bundle batch/01/ has no pagefind-entry.json"
        )
    ]
    unlisted = make_site(tmp_path / "b", {"pagefind/batch/02/pagefind-entry.json": "{}"})
    assert check(unlisted) == [
        Problem(
            "site/pagefind/batches.json",
            0,
            "search",
            "bundle batch/02/ is not listed: its briefings are unfound",
        )
    ]
    no_list = make_site(tmp_path / "c", {"pagefind/batches.json": None})
    assert check(no_list) == [
        Problem("site/pagefind/batches.json", 0, "search", "missing: search cannot work")
    ]


def test_hub_does_not_link_back(tmp_path: Path) -> None:
    """A hub a briefing links to must link back to that briefing."""
    site = make_site(tmp_path, {"people/x/index.html": '<a href="../">People</a>\n'})
    assert check(site) == [
        Problem(
            "site/people/x/index.html",
            0,
            "hub",
            "does not link back to briefing 'a', which links to it",
        )
    ]


def test_hub_links_back_on_a_later_page(tmp_path: Path) -> None:
    """A paginated hub may list the briefing on page 2."""
    pages: dict[str, str | None] = {
        "people/x/index.html": '<a href="page-2/">next</a>\n',
        "people/x/page-2/index.html": '<a href="../../../briefings/a/">A</a>\n',
    }
    site = make_site(tmp_path, pages)
    assert check(site) == []


def test_redirect_page(tmp_path: Path) -> None:
    """An old id in redirect_from needs a page at its old URL that leads to the briefing."""
    records = [{"id": "a", "status": "published", "redirect_from": ["old"]}]
    missing = make_site(tmp_path / "m")
    assert check(missing, records) == [
        Problem(
            "site/briefings/old/index.html", 0, "redirect", "old URL of 'a' has no redirect page"
        )
    ]
    refresh = '<meta http-equiv="refresh" content="0; url=../a/">'
    ok = make_site(tmp_path / "ok", {"briefings/old/index.html": refresh})
    assert check(ok, records) == []


def test_external_and_special_links(tmp_path: Path) -> None:
    """http(s), mailto and //host links are not followed; javascript: links are refused."""
    page = (
        '<a href="https://example.org/x">a</a><a href="http://example.org">b</a>\n'
        '<a href="mailto:desk@example.org">c</a><a href="//cdn.example.org/x.js">d</a>\n'
        '<img src="data:image/png;base64,AAAA">\n'
        '<a href="javascript:alert(1)">e</a>\n'
    )
    site = make_site(tmp_path, {"index.html": GOOD["index.html"] + page})
    assert check(site) == [
        Problem("site/index.html", 6, "link", "'javascript:alert(1)' uses javascript:, not http(s)")
    ]


def test_directory_urls_relative_paths_and_encoding(tmp_path: Path) -> None:
    """Folder URLs serve index.html; ./, ../, no trailing slash, %-escapes and queries work."""
    page = (
        '<a href="people/x">1</a><a href="./people/x/index.html">2</a>'
        '<a href="people/caf%C3%A9/">3</a><a href="?q=1">4</a><a href=".">5</a>'
        '<a href="briefings/a/../a/#summary">6</a><a href="">7</a><a href="#">8</a>'
    )
    site = make_site(tmp_path, {"index.html": GOOD["index.html"] + page})
    (site / "people/café").mkdir()
    (site / "people/café/index.html").write_text("hub", "utf-8")
    assert check(site) == []


def test_link_outside_the_site(tmp_path: Path) -> None:
    """A relative link climbing above the site root is reported."""
    site = make_site(tmp_path, {"index.html": '<a href="../elsewhere/">x</a>'})
    assert [p.message for p in check(site)] == ["'../elsewhere/' points outside the site"]


def test_absolute_links_under_the_base_path(tmp_path: Path) -> None:
    """Absolute links (404.html) resolve below the site's path on its host."""
    page = (
        '<a href="/repo/briefings/a/">A</a><a href="/repo/">home</a>\n'
        '<a href="/repo/nope/">x</a>\n'
        '<link href="/assets/main.css">\n'
    )
    site = make_site(tmp_path, {"404.html": page})
    assert check(site, base_path="/repo/") == [
        Problem(
            "site/404.html",
            2,
            "link",
            "'/repo/nope/' points to nope/index.html, which does not exist",
        ),
        Problem(
            "site/404.html",
            3,
            "link",
            "'/assets/main.css' points outside the site (served under /repo/)",
        ),
    ]


def test_unbuilt_site(tmp_path: Path) -> None:
    """A missing site folder is one clear problem, not a traceback."""
    assert check(tmp_path / "site") == [
        Problem("site/index.html", 0, "page", "missing: is the site built?")
    ]


@pytest.mark.parametrize(
    ("page", "href", "expected"),
    [
        ("index.html", "people/x/", "people/x/index.html"),
        ("people/x/index.html", "../../", "index.html"),
        ("people/x/index.html", "..", "people/index.html"),
        ("briefings/a/index.html", "../b/#k", "briefings/b/index.html"),
        ("index.html", "a%20b.html", "a b.html"),
    ],
)
def test_resolve(page: str, href: str, expected: str) -> None:
    """resolve + target_file map an href in a page to the served file."""
    target, _fragment, _scheme = resolve(page, href)
    assert target is not None
    assert target_file(target, frozenset()) == expected


def test_base_path_from_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The base path comes from BRIEFINGS_SITE_URL, else site_url in mkdocs.yml, else /."""
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: X\n", "utf-8")
    monkeypatch.delenv("BRIEFINGS_SITE_URL", raising=False)
    assert site_base_path(config) == "/"
    config.write_text("site_url: https://org.github.io/repo\n", "utf-8")
    assert site_base_path(config) == "/repo/"
    monkeypatch.setenv("BRIEFINGS_SITE_URL", "https://example.org/b/")
    assert site_base_path(config) == "/b/"


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`python -m generator.sitecheck --root DIR` prints path: field: message and exits 1."""
    root = tmp_path / "project"
    (root / "briefings").mkdir(parents=True)
    (root / "mkdocs.yml").write_text("site_name: Test\n", "utf-8")
    shutil.copy(FIXTURES / "check" / "valid.yaml", root / "briefings" / "valid.yaml")
    make_site(root)
    assert main(["--root", str(root)]) == 1
    out, err = capsys.readouterr()
    assert "site/briefings/valid/index.html: page: briefing 'valid' has no page\n" in out
    assert "sitecheck: " in err
    assert main(["--root", str(tmp_path / "nowhere")]) == 2
