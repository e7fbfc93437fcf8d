"""Web pages and HTML fragments -> article text and the page's own metadata.

A saved page is read with trafilatura, which finds the main text among menus,
footers and adverts and reads the metadata (title, publication date including
``article:published_time``, author, site name, canonical URL). Consent banners
are removed first, since on a short page the extractor may take one for text.
Feed items carry HTML fragments, not pages: `fragment_paragraphs` turns them
into paragraphs by their block elements. Nothing here touches the network.

The page's declared language (``<html lang>``) is not read: site templates often
declare one language for every page, so the extractor detects it from the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import lxml.html
from lxml import etree

from generator.bylines import writers_job
from generator.seed_bytes import SeedError
from generator.sources import publication_in

#: Above this many elements trafilatura's run time grows past a few seconds
#: (it is worse than linear in the element count); real article pages have a few thousand.
MAX_PAGE_ELEMENTS = 12_000

#: Deepest nesting of elements read. libxml2 alone stops at 255 levels and drops the rest
#: of the page without a word (a page of unclosed tags, "<p><font>..." a hundred times,
#: gets there), so pages are parsed with its limit off; trafilatura finds no text at all
#: in a page nested ~2,500 deep. Real article pages nest a few dozen deep.
MAX_PAGE_DEPTH = 1_000

#: A page whose main text is shorter than a sentence is a menu, a paywall or an error page.
MIN_ARTICLE_WORDS = 8

#: Elements that never hold article text.
_NEVER_TEXT = ("script", "style", "noscript", "template", "svg", "iframe", "object", "canvas")

#: Class, id or role words of cookie and consent banners, as sites and consent tools name them.
_BANNER = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp|onetrust|didomi|cookiebot|privacy-banner)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)

_BLOCK_TAGS = "p div li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article header "
_BLOCKS = frozenset((_BLOCK_TAGS + "footer figure figcaption dd dt dl aside main").split())


@dataclass(frozen=True)
class Page:
    """What a web page says about its article."""

    title: str | None
    paragraphs: tuple[str, ...]
    date: str | None = None
    authors: tuple[str, ...] = ()
    site_name: str | None = None
    url: str | None = None


def looks_like_html(text: str) -> bool:
    """A text that is an HTML document (a page saved under a .txt name, say)."""
    start = text.lstrip("\ufeff \t\n")[:200].lower()
    return start.startswith(("<!doctype html", "<html")) or (
        start.startswith("<?xml") and "<html" in text[:1000].lower()
    )


@cache
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    # The date comes from the page's metadata (meta tags, JSON-LD, <time>, the URL),
    # never from a date guessed in the running text, which is often another event's.
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


#: Table parts a layout table is built of, and what they become.
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")
#: Elements that only prose holds: a table holding one lays out a page, it tabulates nothing.
_PROSE = ("p", "h1", "h2", "h3", "blockquote")


def _unwrap_layout_tables(tree: Any) -> None:
    """Tables that lay out a page (an old site's columns, whose cells hold paragraphs)
    become plain blocks, so the extractor reads their paragraphs as paragraphs rather than
    one table row ("| News Front Page | ... story ... |"). A table of figures stays."""
    layout = [t for t in tree.iter("table") if next(t.iter(*_PROSE), None) is not None]
    for table in layout:
        for element in table.iter(*_TABLE_PARTS):
            element.tag = "div"


def _depth(tree: Any) -> int:
    """How deep the tree's elements nest (the root alone: 1)."""
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _tree(html: str) -> Any:
    try:
        # The text is decoded already: a <meta charset> in it must not decode it again.
        parser = lxml.html.HTMLParser(
            encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True
        )
        tree = lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise SeedError(f"cannot parse the HTML ({error})") from error
    for element in list(tree.iter(*_NEVER_TEXT)):
        # JSON-LD is the page's metadata (date, author, publisher), read by trafilatura.
        if element.get("type", "").strip().lower() != "application/ld+json":
            element.drop_tree()
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        marks = " ".join(element.get(a, "") for a in ("id", "class", "role", "aria-label"))
        if _BANNER.search(marks) and element.tag not in ("html", "body", "article", "main"):
            element.drop_tree()
    _unwrap_layout_tables(tree)
    count = sum(1 for _ in tree.iter())
    if count > MAX_PAGE_ELEMENTS:
        raise SeedError(
            f"page has {count} HTML elements, over the limit of {MAX_PAGE_ELEMENTS}; "
            "save the article alone (reader view) or as text"
        )
    depth = _depth(tree)
    if depth > MAX_PAGE_DEPTH:
        raise SeedError(
            f"page nests its HTML elements {depth} deep, over the limit of {MAX_PAGE_DEPTH}; "
            "save the article alone (reader view) or as text"
        )
    return tree


def _clean(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _iso_date(value: Any) -> str | None:
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat() if value else None
    except ValueError:
        return None


def _headline_and_paragraphs(
    text: str, title: str | None, headings: list[str]
) -> tuple[str | None, tuple[str, ...]]:
    """The headline and the paragraphs after it. The extracted text may repeat the headline
    as its first line; a title that goes on past the page's headline with a section
    ("Headline - Technology") is the headline alone."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    paragraphs = [line for line in lines if line]
    if title and paragraphs and paragraphs[0].casefold() == title.casefold():
        return title, tuple(paragraphs[1:])
    for heading in [*paragraphs[:1], *headings]:
        rest = (
            title[len(heading) :]
            if title and title.casefold().startswith(heading.casefold())
            else ""
        )
        if rest and _TITLE_PARTS.match(rest) and len(heading.split()) > 1:
            if paragraphs and paragraphs[0] == heading:
                paragraphs = paragraphs[1:]
            return heading, tuple(paragraphs)
    return title, tuple(paragraphs)


#: The page's own headings, read for a headline a title runs on past.
_HEADINGS = ("h1", "h2")
_MAX_HEADINGS = 3


#: What separates a page title's parts: "Headline | Section | Site", "Headline - Site".
_TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*")
#: A site's name is a few words.
MAX_SITE_WORDS = 6


def site_in_title(page_title: str | None, headline: str | None) -> str | None:
    """The site a page's ``<title>`` names beside the headline: a publication we know ("...
    - BBC News"), or the last of two or more parts after it ("Headline | Politics | The
    Kelby Herald"), since one part alone may be a section ("Headline | Opinion"); or the
    first of two or more parts before it ("Kelby Herald | Politics | Headline")."""
    title = " ".join((page_title or "").split())
    if not headline:
        return None
    if title.casefold().endswith(headline.casefold()):
        # An older page names itself first: "BBC NEWS | Business | Headline".
        before = title[: len(title) - len(headline)]
        parts = [part for part in _TITLE_PARTS.split(before) if part]
        if not _TITLE_PARTS.search(before[-4:]) or not parts:
            return None
        return publication_in(" | ".join(parts)) or _site_part(parts[0], parts)
    if not title.casefold().startswith(headline.casefold()):
        return None
    rest = title[len(headline) :]
    if not _TITLE_PARTS.match(rest):
        return None
    parts = [part for part in _TITLE_PARTS.split(rest) if part]
    return publication_in(" | ".join(parts)) or _site_part(parts[-1] if parts else "", parts)


def _site_part(part: str, parts: list[str]) -> str | None:
    """The part at the far end from the headline, when there are two or more (one part
    alone may be a section: "Headline | Opinion"), and it is a name of a few words."""
    if len(parts) >= 2 and len(part.split()) <= MAX_SITE_WORDS and part[:1].isupper():
        return part
    return None


def read_page(html: str) -> Page:
    """The article of a web page; raises SeedError when there is none."""
    from trafilatura import bare_extraction  # its import costs a second

    tree = _tree(html)
    # read before trafilatura, which may prune the tree it is given
    headings = [_clean(h.text_content()) for h in tree.iter(*_HEADINGS)][:_MAX_HEADINGS]
    document: Any
    try:
        document = bare_extraction(
            tree, with_metadata=True, include_comments=False, fast=True, config=_config()
        )
    except (ValueError, TypeError, etree.LxmlError) as error:
        raise SeedError(f"cannot read the page ({type(error).__name__}: {error})") from error
    if document is None:
        raise SeedError("no article in the page: no text")
    title, paragraphs = _headline_and_paragraphs(
        document.text or "", _clean(document.title), [h for h in headings if h]
    )
    # trafilatura splits "Jo Ames, Technology Editor" at the comma: the job is no writer
    named = (_clean(a) for a in (document.author or "").split(";"))
    authors = tuple(a for a in named if a and not writers_job(a))
    url = _clean(document.url)
    page = Page(
        title=title,
        paragraphs=paragraphs,
        date=_iso_date(document.date),
        authors=authors,
        site_name=_clean(document.sitename) or site_in_title(tree.findtext(".//title"), title),
        url=url if url and re.match(r"^https?://", url, re.IGNORECASE) else None,
    )
    words = sum(len(p.split()) for p in page.paragraphs)
    if words < MIN_ARTICLE_WORDS:
        raise SeedError(f"no article in the page: only {words} word(s) of text")
    return page


#: The parser of feed items' HTML; without libxml2's depth limit, which drops text (see
#: MAX_PAGE_DEPTH): a fragment's paragraphs are read without a recursive walk.
_FRAGMENTS = lxml.html.HTMLParser(huge_tree=True)


def fragment_paragraphs(fragment: str) -> tuple[str, ...]:
    """The paragraphs of an HTML fragment (a feed item's content): one per block element."""
    if "<" not in fragment and "&" not in fragment:  # text alone ("&#39;" is HTML too)
        return tuple(p for p in (" ".join(line.split()) for line in fragment.split("\n")) if p)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div", parser=_FRAGMENTS)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return ()
    for element in list(root.iter(*_NEVER_TEXT)):
        element.drop_tree()
    for element in root.iter():
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    text = root.text_content()
    return tuple(p for p in (" ".join(line.split()) for line in text.split("\n")) if p)
