"""Seed formats fuzzing found wanting: deep HTML, headlines and sources a record cannot hold,
feed items' HTML titles and impossible dates. Every input here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

import generator.seeds as seeds_module
from generator.ingest import ingest
from generator.project import Project
from generator.seed_feeds import feed_items
from generator.seeds import Seed, SeedError, read_seeds
from generator.web_pages import MAX_PAGE_DEPTH, fragment_paragraphs, read_page
from tests.test_seed_inputs import fake_extract

SENTENCE = "Maren Holtby said the council in Brindleford would meet on Tuesday to discuss item {}."


def page(body: str, head: str = "<title>Council meets</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def one_seed(tmp_path: Path, name: str, text: str) -> Seed:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    [entry] = read_seeds(path, tmp_path)
    assert isinstance(entry, tuple) and not entry[1]
    return entry[0]


def test_a_page_nested_past_libxml2s_limit_keeps_its_article() -> None:
    """A page whose elements nest 300 deep is read whole, not as a page without text."""
    paragraphs = "".join(f"<p>{SENTENCE.format(i)}</p>" for i in range(4))
    body = "<div>" * 300 + f"<h1>Council meets on Tuesday</h1>{paragraphs}" + "</div>" * 300
    read = read_page(page(body))
    assert read.title == "Council meets on Tuesday"
    assert read.paragraphs[-1] == SENTENCE.format(3)


def test_unclosed_tags_that_nest_deep_lose_no_text() -> None:
    """150 paragraphs of unclosed <p><font> (which nest ever deeper) keep their last one."""
    body = "".join(f"<p><font face=Arial>{SENTENCE.format(i)}" for i in range(150))
    text = " ".join(read_page(page("<h1>Council meets</h1>" + body)).paragraphs)
    assert SENTENCE.format(149) in text
    assert SENTENCE.format(149) in fragment_paragraphs(body)


def test_a_page_nested_too_deep_to_read_is_a_named_skip() -> None:
    """A page nested deeper than the extractor reads is refused by saying so."""
    depth = MAX_PAGE_DEPTH + 10
    body = "<div>" * depth + f"<p>{SENTENCE.format(1)}</p>" + "</div>" * depth
    with pytest.raises(SeedError, match=r"^page nests its HTML elements \d+ deep, over the"):
        read_page(page(body))


def test_a_markdown_heading_too_long_for_a_title_stays_a_paragraph(tmp_path: Path) -> None:
    """'# ' before a whole paragraph gives no title the record cannot hold; the text stays."""
    lead = " ".join(SENTENCE.format(i) for i in range(6))
    seed = one_seed(tmp_path, "a.md", f"# {lead}\n\n{SENTENCE.format(7)}\n")
    assert seed.title is None
    assert seed.paragraphs == (lead, SENTENCE.format(7))


def test_front_matter_a_record_cannot_hold_is_left_out_with_a_warning(tmp_path: Path) -> None:
    """An overlong front matter title and a non-web url are left out, each with a warning."""
    title = "Council meets " * 30
    text = f'---\ntitle: "{title}"\nurl: ftp://files.example.org/a\n---\n\n{SENTENCE}\n'
    seed = one_seed(tmp_path, "a.md", text)
    assert (seed.title, seed.source_url) == (None, None)
    assert seed.paragraphs == (title.strip(), SENTENCE)
    assert [w.split(" ", 1)[0] for w in seed.warnings] == ["headline", "source"]


def test_a_page_whose_site_name_is_a_paragraph_gives_no_publication(tmp_path: Path) -> None:
    """og:site_name holding a whole paragraph is no publication name a record holds."""
    name = " ".join(SENTENCE.format(i) for i in range(4))
    head = f'<title>Council meets</title><meta property="og:site_name" content="{name}">'
    body = "<article><h1>Council meets</h1>" + f"<p>{SENTENCE.format(1)}</p>" * 3 + "</article>"
    seed = one_seed(tmp_path, "a.html", page(body, head))
    assert (seed.title, seed.source_name) == ("Council meets", None)


def feed(items: str) -> bytes:
    head = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Herald</title>'
    return (head + items + "</feed>").encode("utf-8")


def test_a_feed_items_html_title_is_read_as_text() -> None:
    """An Atom title of type html has its tags and character references read."""
    raw = feed(
        '<entry><id>1</id><title type="html">Tarn &amp;amp; Vell&amp;#x27;s &lt;b&gt;'
        "new&lt;/b&gt; ferry</title><summary>Holtby&amp;#39;s plan</summary></entry>"
    )
    [item] = feed_items(raw)
    assert item.title == "Tarn & Vell's new ferry"
    assert item.paragraphs == ("Holtby's plan",)


@pytest.mark.parametrize("stamp", ["0000-00-00T00:00:00Z", "0001-01-01T00:00:00+05:00"])
def test_a_feed_date_before_the_calendar_is_no_date(stamp: str) -> None:
    """A stamp feedparser turns into year 0 or -1 gives no date, not '-1-11-30'."""
    raw = feed(f"<entry><id>1</id><title>Ferry</title><updated>{stamp}</updated></entry>")
    [item] = feed_items(raw)
    assert item.date is None


def test_a_record_from_an_overlong_feed_title_is_valid(tmp_path: Path) -> None:
    """A feed item whose title is a whole paragraph becomes a seed without a title."""
    title = " ".join(SENTENCE.format(i) for i in range(8))
    path = tmp_path / "news.atom"
    path.write_bytes(feed(f"<entry><id>1</id><title>{title}</title><summary>x</summary></entry>"))
    [entry] = read_seeds(path, tmp_path)
    assert isinstance(entry, tuple)
    seed = entry[0]
    assert seed.title is None and seed.warnings[0].startswith("headline of ")
    assert seed.paragraphs == (title, "x")


def test_a_feed_item_whose_text_is_all_in_its_title_keeps_it(tmp_path: Path) -> None:
    """An item with no description and a paragraph for a title is that paragraph's seed."""
    title = " ".join(SENTENCE.format(i) for i in range(8))
    path = tmp_path / "news.atom"
    path.write_bytes(feed(f"<entry><id>1</id><title>{title}</title></entry>"))
    [entry] = read_seeds(path, tmp_path)
    assert isinstance(entry, tuple)
    assert (entry[0].title, entry[0].paragraphs) == (None, (title,))


def test_invisible_characters_leave_the_words_they_split(tmp_path: Path) -> None:
    """A soft hyphen, a zero-width space and a stray byte-order mark inside words are dropped."""
    text = "Ferry fares rise\n\nThe Brind\u00adleford \u200bferry\ufeff operator raised fares.\n"
    seed = one_seed(tmp_path, "a.txt", text)
    assert seed.paragraphs == ("The Brindleford ferry operator raised fares.",)


@pytest.mark.parametrize("mark", [b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"])
def test_utf8_after_a_wide_byte_order_mark_is_read_as_utf8(tmp_path: Path, mark: bytes) -> None:
    """UTF-8 text behind a UTF-16 or UTF-32 mark (a tool's wrong mark) is read, not garbled."""
    raw = mark + "Ferry fares rise\n\nThe island’s ferry fares rise in May.\n".encode()
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    [entry] = read_seeds(path, tmp_path)
    assert isinstance(entry, tuple)
    assert (entry[0].title, entry[0].paragraphs) == (
        "Ferry fares rise",
        ("The island’s ferry fares rise in May.",),
    )
    assert entry[0].warnings[0].startswith("UTF-8 after a UTF-")


@pytest.mark.parametrize(
    ("first", "title"),
    [("# Ferry fares rise", "Ferry fares rise"), ("#Brindleford votes", "#Brindleford votes")],
)
def test_a_markdown_headings_marks_leave_a_plain_text_headline(
    tmp_path: Path, first: str, title: str
) -> None:
    """A .txt headline written as a Markdown heading loses its marks; a hashtag stays."""
    seed = one_seed(tmp_path, "a.txt", f"{first}\n\nThe island’s ferry fares rise in May.\n")
    assert seed.title == title


def test_front_matter_escapes_of_unshown_characters_leave_the_title(tmp_path: Path) -> None:
    """A NUL or U+FFFF escaped into a front matter title or source is no part of either."""
    text = '---\ntitle: "Ferry\\x00fares \\uffff rise"\nsource: "Herald\\x07"\n---\n\nFares rose.\n'
    seed = one_seed(tmp_path, "a.md", text)
    assert (seed.title, seed.source_name) == ("Ferry fares rise", "Herald")


BAD_HOST = "http://[::1/ferry"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.md", f'---\nurl: "{BAD_HOST}"\n---\n\nFerry fares rise in May.\n'),
        ("b.md", f'---\nsource: "{BAD_HOST}"\n---\n\nFerry fares rise in May.\n'),
        ("c.txt", f"Ferry fares rise\n\nFares rise in May.\n\nSource: {BAD_HOST}\n"),
    ],
)
def test_a_url_whose_host_cannot_be_read_gives_no_source(
    tmp_path: Path, name: str, text: str
) -> None:
    """A url or source naming a host urlsplit refuses is no source, not a stopped ingest."""
    seed = one_seed(tmp_path, name, text)
    assert (seed.source_name, seed.source_url) == (None, None)


def test_a_feed_item_linking_to_an_unreadable_host_is_still_a_seed(tmp_path: Path) -> None:
    """An item whose link has a broken IPv6 host is read, without the link."""
    path = tmp_path / "news.atom"
    item = f'<entry><id>1</id><title>Ferry fares rise</title><link href="{BAD_HOST}"/>'
    path.write_bytes(feed(item + "<summary>Fares rise in May.</summary></entry>"))
    [entry] = read_seeds(path, tmp_path)
    assert isinstance(entry, tuple)
    assert (entry[0].title, entry[0].source_url) == ("Ferry fares rise", None)


def test_a_readers_bug_on_one_seed_is_a_skip_and_ingest_goes_on(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception a reader never meant to raise skips its seed, not every other seed."""
    real = seeds_module.split_highlights

    def broken(body: str) -> tuple[str, tuple[str, ...]]:
        if "Brindleford" in body:
            raise IndexError("a reader's bug")
        return real(body)

    monkeypatch.setattr(seeds_module, "split_highlights", broken)
    (project / "seeds" / "a.txt").write_text("Ferry fares\n\nBrindleford fares rise.\n", "utf-8")
    (project / "seeds" / "b.txt").write_text("Ferry fares\n\nKelby fares rise.\n", "utf-8")
    outcomes = ingest(Project(project), [project / "seeds"], extractor=fake_extract)
    assert [(o.seed, o.action) for o in outcomes] == [
        ("seeds/a.txt", "skipped"),
        ("seeds/b.txt", "created"),
    ]
    assert outcomes[0].detail.startswith("cannot be read (IndexError: a reader's bug)")
