"""End to end: render + `mkdocs build --strict`, then read the built HTML as a browser would."""

from __future__ import annotations

import gzip
import html
import itertools
import json
import re
from pathlib import Path
from typing import Any, cast

import pytest

from generator import search_cbor
from generator.escape import clean_text
from generator.mkdocs.build import build_site
from generator.search_index import SiteBuildError
from tests.site.helpers import (
    DRAFT_ID,
    HOSTILE_ID,
    ROOT,
    SAMPLE_ID,
    Built,
    Page,
    build,
    fixture_records,
    parse,
)

pytestmark = pytest.mark.slow

HOSTILE_MARKERS = ("alert(", "__xss")
VAGUE_LINK_TEXTS = {"", "here", "click here", "more", "read more", "link", "this"}


def _page(built: Built, url: str) -> Path:
    return built.site / url.strip("/") / "index.html" if url != "/" else built.site / "index.html"


def _article(path: Path) -> Page:
    text = path.read_text("utf-8")
    return Page(text[text.index("<article") : text.index("</article>")])


def _hostile(built: Built) -> dict[str, object]:
    return next(r for r in built.records if r["id"] == HOSTILE_ID)


def test_build_makes_every_kind_of_page(built: Built) -> None:
    """The strict build has home, briefing, hub, A-Z, timeline, feed and JSON at their URLs."""
    for url in [
        "/",
        f"/briefings/{SAMPLE_ID}/",
        "/countries/iq/",
        "/countries/",
        "/people/asaad-al-shaibani/",
        "/people/",
        "/organizations/islamic-state/",
        "/groups/alawites/",
        "/topics/politics/",
        "/timeline/",
    ]:
        assert _page(built, url).is_file(), url
    for name in ["feed.xml", "feed.json", "briefings.json", "people/fuad-hussein/feed.xml"]:
        assert (built.site / name).is_file(), name
    assert not list(built.site.rglob(".docs.json"))  # the render's manifest stays out


def test_broken_link_fails_strict_build_with_mkdocs_message(built: Built, tmp_path: Path) -> None:
    """A page linking to a missing page fails the strict build, naming the link."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("index.md", "timeline.md"):
        (docs / name).write_text("# Page\n\n[gone](missing.md)\n", "utf-8")
    for kind in ("countries", "people", "organizations", "groups", "topics"):
        (docs / kind).mkdir()
        (docs / kind / "index.md").write_text("# Kind\n", "utf-8")
    with pytest.raises(SiteBuildError, match=r"missing\.md"):
        build_site(ROOT, docs_dir=docs, site_dir=tmp_path / "site", strict=True)


# --- hostile text never executes ---------------------------------------------------


def test_no_page_has_a_script_from_a_record(built: Built, html_files: list[Path]) -> None:
    """Every page has only Material's scripts: as many as a benign page, none with record text."""
    benign = parse(_page(built, f"/briefings/{SAMPLE_ID}/"))
    for path in html_files:
        page = parse(path)
        for attrs, text in page.scripts:
            src = attrs.get("src")
            # Material's, and on the search page Pagefind's UI and ours starting it.
            allowed = (
                r"^/?(\.\./)*(assets/javascripts/|pagefind/pagefind-ui\.js$|assets/search\.js$)"
            )
            assert src is None or re.match(allowed, src), (path, src)
            assert not any(m in text for m in HOSTILE_MARKERS), path
    hostile = parse(_page(built, f"/briefings/{HOSTILE_ID}/"))
    assert len(hostile.scripts) == len(benign.scripts)


def test_every_label_names_a_control_on_its_page(html_files: list[Path]) -> None:
    """A <label for=X> has an element with id X on the same page (W3C: a label of nothing)."""
    orphans = []
    for path in html_files:
        text = path.read_text("utf-8")
        ids = set(re.findall(r'\sid="([^"]+)"', text))
        for target in re.findall(r'<label[^>]*\sfor="([^"]+)"', text):
            if target not in ids:
                orphans.append((str(path), target))
    assert orphans == []


def test_no_event_handler_or_script_url_anywhere(html_files: list[Path]) -> None:
    """No element on any page carries an on* attribute or a javascript:/data: URL."""
    for path in html_files:
        for tag, attrs in parse(path).elements:
            assert not [a for a in attrs if a.startswith("on")], (path, tag, attrs)
            for name in ("href", "src", "action", "formaction", "srcset"):
                value = (attrs.get(name) or "").strip().lower()
                assert not value.startswith(("javascript:", "data:", "vbscript:")), (path, tag)


def test_hostile_elements_are_not_created(built: Built) -> None:
    """The hostile briefing page has no iframe, img, svg or object element from its text."""
    tags = {tag for tag, _ in _article(_page(built, f"/briefings/{HOSTILE_ID}/")).elements}
    assert not tags & {
        "iframe",
        "img",
        "object",
        "embed",
        "table",
        "pre",
        "code",
        "script",
        "b",
        "em",
        "style",
        "svg",
    }


def test_hostile_page_shows_text_as_text(built: Built) -> None:
    """The reader sees the hostile values verbatim: title as h1, body lines as paragraphs."""
    record = _hostile(built)
    article = _article(_page(built, f"/briefings/{HOSTILE_ID}/"))
    assert article.headings[0] == (1, clean_text(str(record["title"])))
    visible = _visible_text(_page(built, f"/briefings/{HOSTILE_ID}/").read_text("utf-8"))
    for line in (
        "<script>window.__xss=1;alert('body')</script>",
        '--8<-- "/etc/passwd"',
        '!!! note "Injected admonition"',
        "{{ 7*7 }}",
        "| col | col |",
        "[click me](javascript:alert('link'))",
        "{: onclick=\"alert('attr')\" }",
    ):
        assert line in visible, line


def _visible_text(html_text: str) -> str:
    body = html_text[html_text.index("<article") : html_text.index("</article>")]
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def test_title_tag_is_clean_text(built: Built, html_files: list[Path]) -> None:
    """<title> never holds a tag or entity that striptags could turn into markup."""
    for path in html_files:
        raw = path.read_text("utf-8")
        title = raw[raw.index("<title>") + 7 : raw.index("</title>")]
        assert "<" not in title and "&lt;" not in title and "&gt;" not in title, path
    hostile = parse(_page(built, f"/briefings/{HOSTILE_ID}/"))
    assert hostile.title.startswith("‹script›window.__xss=1;alert('title')‹/script›")


def test_meta_tags_hold_hostile_text_inside_their_attribute(built: Built) -> None:
    """Description and OpenGraph tags keep the hostile summary and title inside content=."""
    record = _hostile(built)
    page = parse(_page(built, f"/briefings/{HOSTILE_ID}/"))
    metas = {(a.get("name") or a.get("property")): a for t, a in page.elements if t == "meta"}
    assert set(metas["description"]) == {"name", "content"}
    assert metas["description"]["content"] == clean_text(str(record["summary"]))
    assert set(metas["og:description"]) == {"property", "content"}
    assert metas["og:title"]["content"] is not None
    assert "onload" in metas["og:title"]["content"]  # the text, not an attribute


def test_no_local_file_is_included(built: Built) -> None:
    """The snippet include of /etc/passwd copied nothing into the site."""
    passwd = Path("/etc/passwd").read_text("utf-8").splitlines()[0]
    for path in built.site.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".xml"}:
            assert passwd not in path.read_text("utf-8"), path


def _pagefind(site: Path, kind: str) -> list[Any]:
    """The decoded files of one kind in site/pagefind (gzip; fragments hold JSON)."""
    folder = site / "pagefind" / kind
    out = []
    for path in sorted(folder.glob(f"*.pf_{kind}")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd"), path
        out.append(json.loads(data[12:]) if kind == "fragment" else data[12:])
    return out


def _fragments(built: Built) -> dict[str, dict[str, Any]]:
    return {f["url"]: f for f in _pagefind(built.site, "fragment")}


def test_search_indexes_the_briefings_only(built: Built) -> None:
    """Pagefind's index holds one entry per briefing page and nothing else (no hub, home, 404)."""
    urls = sorted(_fragments(built))
    assert urls == sorted(f"/briefings/{r['id']}/" for r in built.records)
    entry = json.loads((built.site / "pagefind" / "pagefind-entry.json").read_text("utf-8"))
    assert entry["languages"]["en"]["page_count"] == len(built.records)
    assert not (built.site / "search" / "search_index.json").exists()  # Material's is gone
    for path in built.site.rglob("*.html"):
        indexed = "data-pagefind-body" in path.read_text("utf-8")
        assert indexed == (
            path.parent.parent.name == "briefings"
            and path.name == "index.html"
            and path.parent.name != "iraq-arrests-syrians"
        ), path


def test_search_attributes_hold_no_record_text(html_files: list[Path]) -> None:
    """Every data-pagefind-* attribute value is one the templates wrote, never record text."""
    allowed = {None, "", "index", "all", "5", "year", "country", "topic", "draft:Draft"}
    for path in html_files:
        for tag, attrs in parse(path).elements:
            for name, value in attrs.items():
                if name.startswith("data-pagefind"):
                    assert value in allowed, (path, tag, name, value)


def test_search_index_holds_hostile_text_as_text(built: Built) -> None:
    """The hostile briefing is indexed with its title and text as plain text, filters too."""
    record = _hostile(built)
    entry = _fragments(built)[f"/briefings/{HOSTILE_ID}/"]
    assert entry["meta"]["title"] == clean_text(str(record["title"]))
    assert "<script>window.__xss=1;alert('body')</script>" in entry["content"]
    names = {str(p["name"]) for p in record["places"]}  # type: ignore[index]
    assert set(entry["filters"]["country"]) <= {clean_text(n) for n in names} | {"Syria"}
    assert all("&#" not in value for values in entry["filters"].values() for value in values)


# --- search, accessibility, privacy ---------------------------------------------------


def test_search_ranks_entities_and_filters_the_sample(built: Built) -> None:
    """The sample's entity names and aliases sit in weighted sections; its filters are set."""
    text = _page(built, f"/briefings/{SAMPLE_ID}/").read_text("utf-8")
    start = text.index('data-pagefind-weight="5"')
    weighted = html.unescape(re.sub(r"<[^>]+>", "", text[start : text.index('<h2 id="quotes"')]))
    for term in ("Asaad al-Shaibani", "Shaibani", "Daesh", "Islamic State", "Baghdad", "Alawites"):
        assert term in weighted, term
    assert "(also called US)" in weighted  # a place's alias, searchable like the others
    entry = _fragments(built)[f"/briefings/{SAMPLE_ID}/"]
    assert sorted(entry["filters"]["country"]) == ["Iran", "Iraq", "Syria", "United States"]
    assert entry["filters"]["year"] == ["2025"]
    assert "politics" in entry["filters"]["topic"]
    related = text[text.index('class="briefing-related"') :]
    assert related.startswith('class="briefing-related" data-pagefind-ignore="index"')
    assert "draft" not in entry["meta"]


def test_search_marks_drafts_locally_and_leaves_them_out_in_production(
    built: Built, built_production: Built
) -> None:
    """A local build indexes the draft with a draft mark; production has no trace of it."""
    assert _fragments(built)[f"/briefings/{DRAFT_ID}/"]["meta"]["draft"] == "Draft"
    production = _fragments(built_production)
    assert f"/briefings/{DRAFT_ID}/" not in production
    assert not any(f["meta"].get("draft") for f in production.values())
    for data in _pagefind(built_production.site, "filter"):
        assert b"Tehran" not in data


def test_search_filter_indexes_are_sorted(built: Built) -> None:
    """Filter values are written in a stable (sorted) order, so builds are byte-identical."""
    for data in _pagefind(built.site, "filter"):
        name, values = cast(list[Any], search_cbor.decode(data)[0])
        keys = [v[0] for v in values]
        assert keys == sorted(keys), name


def test_search_page_is_linked_from_every_header(built: Built, html_files: list[Path]) -> None:
    """Every page's header has a search form that opens the search page with ?q=."""
    for path in html_files:
        if path.name == "index.html" and "http-equiv" in path.read_text("utf-8"):
            continue  # a redirect page
        forms = [a for t, a in parse(path).elements if t == "form"]
        assert any(
            a.get("role") == "search" and (a.get("action") or "").endswith("search/") for a in forms
        ), path
    page = parse(built.site / "search" / "index.html")
    sources = [a.get("src") for a, _ in page.scripts if a.get("src")]
    assert "../pagefind/pagefind-ui.js" in sources and "../assets/search.js" in sources
    assert (built.site / "pagefind" / "pagefind-ui.js").is_file()
    assert (built.site / "assets" / "search.js").is_file()


def test_every_page_has_one_h1_and_ordered_headings(html_files: list[Path]) -> None:
    """Each page has exactly one h1, first, and no heading skips a level."""
    for path in html_files:
        if path.name == "404.html" or "<article" not in path.read_text("utf-8"):
            continue  # not a content page: the 404 page or a redirect
        levels = [level for level, _ in _article(path).headings]
        assert levels.count(1) == 1 and levels[0] == 1, path
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1, (path, levels)


def test_every_page_declares_its_language(html_files: list[Path]) -> None:
    """<html lang="en"> on every page."""
    for path in html_files:
        assert parse(path).lang == "en", path


def test_link_texts_are_meaningful(html_files: list[Path]) -> None:
    """No link in page content is empty or a vague 'here'/'more'."""
    for path in html_files:
        if "<article" not in path.read_text("utf-8"):
            continue
        for attrs, text in _article(path).links:
            if attrs.get("class") == "headerlink":
                continue
            assert text.lower() not in VAGUE_LINK_TEXTS, (path, attrs)


def test_no_third_party_assets(built: Built) -> None:
    """No page loads anything from another host; only <a> may point away (record sources)."""
    # A local build has no site_url, so not even a canonical link names a host.
    for path in built.site.rglob("*.html"):
        for tag, attrs in parse(path).elements:
            if tag == "a":
                continue
            for name in ("src", "href", "srcset", "poster", "data"):
                value = (attrs.get(name) or "").strip()
                assert not re.match(r"^(https?:)?//", value), (path, tag, value)
    for path in list(built.site.rglob("*.css")) + list(built.site.rglob("*.js")):
        text = path.read_text("utf-8", errors="replace")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, path


def test_briefing_page_has_sections_and_source_link(built: Built) -> None:
    """The sample page shows its sections, source link, linked who's who and the quote."""
    path = _page(built, f"/briefings/{SAMPLE_ID}/")
    article = _article(path)
    headings = [text for _, text in article.headings]
    assert headings[1:] == [
        "Summary",
        "Key points",
        "This story so far",
        "Who's who",
        "Organizations",
        "Places",
        "Groups",
        "Quotes",
        "Topics",
        "Related briefings",
        "Full text",
    ]
    links = {text: attrs.get("href") for attrs, text in article.links}
    assert links["The New Arab"] == "https://www.newarab.com/"
    assert links["Asaad al-Shaibani"] == "../../people/asaad-al-shaibani/"
    assert links["Iraq"] == "../../countries/iq/"
    raw = path.read_text("utf-8")
    assert "<blockquote>" in raw and "Security is a shared responsibility" in raw


def test_draft_is_badged_locally_and_absent_in_production(
    built: Built, built_production: Built
) -> None:
    """Locally the draft page carries a Draft badge; production has no trace of it anywhere."""
    assert "draft-badge" in _page(built, f"/briefings/{DRAFT_ID}/").read_text("utf-8")
    draft_title = "Fuad Hussein meets Iranian counterpart in Tehran"
    for path in built_production.site.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".xml"}:
            text = path.read_text("utf-8")
            assert DRAFT_ID not in text and draft_title not in text, path


def test_earlier_id_redirects_to_the_briefing(built: Built) -> None:
    """A record's redirect_from id serves a page that sends the reader to the briefing."""
    page = parse(_page(built, "/briefings/iraq-arrests-syrians/"))
    refresh = next(a for t, a in page.elements if t == "meta" and a.get("http-equiv"))
    assert refresh["content"] == "0; url=../iraq-arrests-syrians-after-attacks-on-workers/"
    assert (built.site / "briefings" / "iraq-arrests-syrians-after-attacks-on-workers").is_dir()


def test_two_builds_are_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same records, in any order, build to byte-identical sites (sitemap included)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    one = build(fixture_records(), tmp_path / "one")
    two = build(list(reversed(fixture_records())), tmp_path / "two")
    files = sorted(p.relative_to(one.site) for p in one.site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(two.site) for p in two.site.rglob("*") if p.is_file())
    for rel in files:
        assert (one.site / rel).read_bytes() == (two.site / rel).read_bytes(), rel


def test_print_stylesheet_and_feeds_are_linked_in_head(built: Built) -> None:
    """Every page links the local print stylesheet and announces the Atom and JSON feeds."""
    page = parse(_page(built, f"/briefings/{SAMPLE_ID}/"))
    links = [a for t, a in page.elements if t == "link"]
    prints = [a for a in links if a.get("media") == "print"]
    assert prints and prints[0]["href"] == "../../assets/print.css"
    assert (built.site / "assets" / "print.css").is_file()
    # "alternate feed", not bare "alternate": Material fetches sitemap.xml for every
    # link[rel=alternate] (language versions), megabytes per page view on a big site.
    types = {a.get("type"): a.get("href") for a in links if a.get("rel") == "alternate feed"}
    assert types["application/atom+xml"] == "../../feed.xml"
    assert types["application/feed+json"] == "../../feed.json"
