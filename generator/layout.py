"""Where things live: the project's folders, record files, docs paths, built pages, URLs, kinds
and slugs.

Every rule of the site's layout is stated here once; the site model, the render,
the feeds, the search index, the site check and the MkDocs layer ask this module.
Docs paths are relative to the docs folder (``people/fuad-hussein.md``); MkDocs
serves each page as a folder (``people/fuad-hussein/index.html``, URL
``/people/fuad-hussein/``). The records' side (the project's folders, the record
files and what lies beside them in ``briefings/``) is the last section.
"""

from __future__ import annotations

import functools
import hashlib
import posixpath
import re
from urllib.parse import unquote

from slugify import slugify

from generator.record import SLUG_MAX, SLUG_PATTERN

#: Hub kinds in the order the site presents them, with their labels (plural, singular).
KINDS: dict[str, tuple[str, str]] = {
    "countries": ("Countries", "Country"),
    "places": ("Cities", "City"),
    "people": ("People", "Person"),
    "organizations": ("Organizations", "Organization"),
    "groups": ("Groups", "Group"),
    "topics": ("Topics", "Topic"),
}
#: Slugs that would collide with the generated index page of a kind.
RESERVED_SLUGS = frozenset({"index"})

HOME_PATH = "index.md"
TIMELINE_PATH = "timeline.md"
SITE_FEED_PATH = "feed.xml"
JSON_FEED_PATH = "feed.json"
#: A hub's and a story thread's Atom feed: this file in the page's folder.
PAGE_FEED_NAME = "feed.xml"
BRIEFINGS_JSON_PATH = "briefings.json"
#: The folder of briefing pages, in the docs folder and in the site alike.
BRIEFINGS_FOLDER = "briefings"
#: The built pages search indexes: the briefings.
INDEXED = f"{BRIEFINGS_FOLDER}/*/index.html"


# --- slugs ------------------------------------------------------------------------------

_SLUG = re.compile(SLUG_PATTERN)


def is_slug(value: object) -> bool:
    """True for a record id shape: lower-case ASCII words joined by single hyphens."""
    return isinstance(value, str) and len(value) <= SLUG_MAX and bool(_SLUG.match(value))


#: Marks inside a word (Kenya's, Kenya’s, O'Brien): dropped, so they never split it.
_APOSTROPHES = ("'", "\u2019", "\u2018", "\u02bc", "`", "\u00b4")
#: Currency signs: dropped, where transliteration would spell them out (£ as "ps").
_CURRENCY = ("£", "€", "¥", "₹", "₽", "₩", "₪", "₺", "¢")
_REPLACEMENTS = [[mark, ""] for mark in _APOSTROPHES] + [[sign, " "] for sign in _CURRENCY]


def slug_of(text: str, max_length: int = SLUG_MAX) -> str:
    """The one slug rule, for record ids and hubs alike: lower-case ASCII words joined by
    hyphens, cut at a word to at most ``max_length`` characters ("" if no word is left)."""
    return str(slugify(text, max_length=max_length, word_boundary=True, replacements=_REPLACEMENTS))


@functools.lru_cache(maxsize=65536)
def entity_slug(name: str) -> str:
    """URL slug of an entity name; never empty, never a reserved page name."""
    return usable_slug(name, slug_of(name))


def usable_slug(name: str, slug: str) -> str:
    """``slug`` (made from ``name`` by some slug rule) as a hub's address: a name of symbols
    only still gets a stable page, and a reserved page name gets ``-1``."""
    if not slug:
        slug = "x-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return f"{slug}-1" if slug in RESERVED_SLUGS else slug


# --- docs paths -------------------------------------------------------------------------


def briefing_path(record_id: str) -> str:
    """Docs path of a briefing page."""
    return f"{BRIEFINGS_FOLDER}/{record_id}.md"


def hub_path(kind: str, slug: str, page: int = 1) -> str:
    """Docs path of page ``page`` of a hub."""
    return f"{kind}/{slug}.md" if page == 1 else f"{kind}/{slug}/page-{page}.md"


def hub_feed_path(kind: str, slug: str) -> str:
    """Docs path of a hub's Atom feed."""
    return f"{kind}/{slug}/{PAGE_FEED_NAME}"


def hub_index_path(kind: str) -> str:
    """Docs path of a kind's A-Z index (its first page when split by letter)."""
    return f"{kind}/index.md"


def index_letter_path(kind: str, letter: str, page: int = 1) -> str:
    """Docs path of a letter's page of a split A-Z index.

    Under ``<kind>/index/``: no hub can live there, since ``index`` is a
    reserved slug.
    """
    slug = letter.lower()
    return f"{kind}/index/{slug}.md" if page == 1 else f"{kind}/index/{slug}/page-{page}.md"


def timeline_year_path(year: str) -> str:
    """Docs path of a year of the timeline."""
    return f"timeline/{year}.md"


def timeline_month_path(month: str) -> str:
    """Docs path of a month (``YYYY-MM``) of the timeline that has a page of its own."""
    return f"timeline/{month[:4]}/{month[5:]}.md"


def thread_path(slug: str) -> str:
    """Docs path of a story thread."""
    return f"threads/{slug}.md"


def thread_feed_path(slug: str) -> str:
    """Docs path of a story thread's Atom feed."""
    return f"threads/{slug}/{PAGE_FEED_NAME}"


def threads_index_path(page: int = 1) -> str:
    """Docs path of a page of the index of story threads (``threads/index/``: no thread's)."""
    return "threads/index.md" if page == 1 else f"threads/index/page-{page}.md"


def relative(from_page: str, target: str) -> str:
    """Link from one docs file to another, as MkDocs resolves Markdown links."""
    return _relative(posixpath.dirname(from_page) or ".", target)


@functools.lru_cache(maxsize=65536)
def _relative(folder: str, target: str) -> str:
    # Cached: pages link to the same hubs over and over, and relpath is slow.
    return posixpath.relpath(target, folder)


# --- built pages and URLs ---------------------------------------------------------------


def page_folder(page: str) -> str:
    """The URL folder a docs page is served as: ``x/y.md`` -> ``x/y/``, ``index.md`` -> ``""``."""
    if page == HOME_PATH:
        return ""
    return page.removesuffix(".md").removesuffix("/index") + "/"


def built_page(page: str) -> str:
    """Site path of the HTML built from docs page ``page``: ``x/y.md`` -> ``x/y/index.html``."""
    return page_folder(page) + "index.html"


def briefing_file(record_id: str) -> str:
    """Site path of a briefing's built page."""
    return built_page(briefing_path(record_id))


def redirect_file(old_id: str) -> str:
    """Site path of the page that sends an earlier id of a briefing to its new one."""
    return briefing_file(old_id)


def pages_at_url(url_path: str) -> set[str]:
    """Docs paths that may be served at ``url_path`` (``/briefings/x/`` -> ``briefings/x.md``)."""
    stem = unquote(url_path).strip("/")
    return {f"{stem}.md", f"{stem}/index.md"} if stem else {HOME_PATH}


# --- the records' side: the project's folders and the files in briefings/ -------------

#: A project's folders, relative to its root (generator.project joins them to it).
RECORDS_FOLDER = "briefings"
SEEDS_FOLDER = "seeds"
TEMPLATES_FOLDER = "templates"
#: Rendered Markdown pages and the built site: output, never edited by hand.
DOCS_FOLDER = "build/docs"
SITE_FOLDER = "site"

RECORD_SUFFIX = ".yaml"
#: SHA-256 of every record file the generator wrote (committed; generator.store).
MANIFEST_NAME = ".manifest.json"
#: Ingest's proposals for records an editor changed (generator.resolve).
PROPOSED_DIR = ".proposed"
#: The lock that makes commands writing records take turns.
LOCK_NAME = ".lock"
#: Ids of briefings published under their URL (committed; generator.published).
PUBLISHED_NAME = ".published.txt"
#: Hub addresses published briefings gave, with their hubs' names (committed; the same).
PUBLISHED_HUBS_NAME = ".published-hubs.txt"
#: The editor-owned part of the entity register: beside the records, not one of them.
ENTITIES_NAME = "entities.yaml"
ENTITIES_FILE = f"{RECORDS_FOLDER}/{ENTITIES_NAME}"
PUBLISHED_FILE = f"{RECORDS_FOLDER}/{PUBLISHED_NAME}"
PUBLISHED_HUBS_FILE = f"{RECORDS_FOLDER}/{PUBLISHED_HUBS_NAME}"


def record_name(record_id: str) -> str:
    """File name of a record in briefings/: its id and ``.yaml``."""
    return f"{record_id}{RECORD_SUFFIX}"


def is_record_name(name: str) -> bool:
    """True for the name of a record file: hidden files and entities.yaml are not records."""
    return name.endswith(RECORD_SUFFIX) and not name.startswith(".") and name != ENTITIES_NAME


def record_file(record_id: str) -> str:
    """A record as messages name it, relative to the project: ``briefings/<id>.yaml``."""
    return f"{RECORDS_FOLDER}/{record_name(record_id)}"


def proposal_file(record_id: str) -> str:
    """Ingest's proposal for a record an editor changed, relative to the project."""
    return f"{RECORDS_FOLDER}/{PROPOSED_DIR}/{record_name(record_id)}"
