"""Site model -> Markdown pages, feeds and JSON in the docs folder.

Templates render in generator.template_env's environment, which escapes every
printed value by default. A template that fails raises TemplateFailed, located
in the template, the page and the record. Writing the docs folder is
generator.docswriter's job.
"""

from __future__ import annotations

import contextlib
import functools
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jinja2

from generator import feeds, layout
from generator.docswriter import RenderResult, Schedule, write_outputs
from generator.entities_file import EntitiesFile
from generator.pagecache import PageCache
from generator.problems import Problem
from generator.published import PublishedHubs
from generator.record import Record
from generator.redirects import moved_feeds, redirect_html, site_moves
from generator.sitemodel import SiteModel, build_site_model
from generator.sitemodel.masthead import ABOUT_NAME, Masthead, read_masthead
from generator.template_env import cached_environment


class TemplateFailed(Exception):
    """A template failed on a page: ``problem`` names the template line, page and record."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem

    def __reduce__(self) -> tuple[type[TemplateFailed], tuple[Problem]]:
        return (TemplateFailed, (self.problem,))


def _located(error: Exception, env: jinja2.Environment, page: str, record: object) -> Problem:
    """``error`` of a template, as ``templates/x.md.j2:47: message (page ..., record ...)``."""
    file, line = getattr(error, "filename", None), getattr(error, "lineno", None) or 0
    if file is None:  # raised while rendering: the innermost template frame says where
        frames = [
            f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith(".j2")
        ]
        if frames:
            file, line = frames[-1].filename, frames[-1].lineno or 0
    searchpath = getattr(env.loader, "searchpath", None)
    if file is not None and searchpath:
        folder = Path(searchpath[0])
        with contextlib.suppress(ValueError):
            file = (Path(folder.name) / Path(file).relative_to(folder)).as_posix()
    where = f"page {page}"
    if isinstance(record, dict) and isinstance(record.get("id"), str):
        where += f", record {layout.record_file(record['id'])}"
    message = getattr(error, "message", None) or str(error) or type(error).__name__
    return Problem(file or "templates", line, "", f"{message} ({where})")


# --- pages ----------------------------------------------------------------------------


class _Pages:
    """Renders pages and feeds, reusing a preview's earlier output when inputs are unchanged."""

    def __init__(self, env: jinja2.Environment, cache: PageCache | None) -> None:
        self.env = env
        self.cache = cache

    def output(self, path: str, parts: tuple[object, ...], make: Callable[[], bytes]) -> bytes:
        return make() if self.cache is None else self.cache.get(path, parts, make)

    def page(self, template: str, path: str, **context: Any) -> tuple[str, bytes]:
        def make() -> bytes:
            try:
                text = self.env.get_template(template).render(page_path=path, **context)
            except Exception as error:
                record = context.get("record")
                raise TemplateFailed(_located(error, self.env, path, record)) from error
            return text.encode("utf-8")

        parts = (template, *(part for item in sorted(context.items()) for part in item))
        return path, self.output(path, parts, make)


def build_outputs(
    model: SiteModel,
    env: jinja2.Environment,
    *,
    site_url: str | None = None,
    cache: PageCache | None = None,
) -> dict[str, bytes]:
    """Every output file of the docs folder: path -> bytes, all in memory at once."""
    return dict(iter_outputs(model, env, site_url=site_url, cache=cache))


def iter_outputs(
    model: SiteModel,
    env: jinja2.Environment,
    *,
    site_url: str | None = None,
    cache: PageCache | None = None,
    schedule: Schedule | None = None,
    published_hubs: PublishedHubs | None = None,
) -> Iterator[tuple[str, bytes]]:
    """Every output file of the docs folder as (path, bytes), made one at a time.

    Written as they come, the pages of 10,000 briefings (over 200 MB) are never
    all in memory together. ``schedule`` is told every path before any output is
    made (``order``), and its ``first`` paths are made before all others.
    """
    schedule = schedule or Schedule()
    made = dict(_jobs(model, _Pages(env, cache), site_url, published_hubs))
    jobs = [(path, made[path]) for path in schedule.order(list(made))]
    first = schedule.first()
    if first:
        wanted = set(first)
        jobs = sorted(jobs, key=lambda job: job[0] not in wanted)  # stable
    for path, make in jobs:
        yield path, make()


#: An output's path and how to make it; making is what costs.
_Job = tuple[str, Callable[[], bytes]]


def _page(pages: _Pages, template: str, path: str, **context: Any) -> _Job:
    return path, lambda: pages.page(template, path, **context)[1]


def _output(pages: _Pages, path: str, parts: tuple[object, ...], make: Callable[[], bytes]) -> _Job:
    return path, lambda: pages.output(path, parts, make)


def _made_already(data: bytes) -> Callable[[], bytes]:
    return lambda: data


def _page_feed(
    briefings: list[Record],
    name: str,
    page: str,
    feed_path: str,
    site_url: str | None,
    masthead: Masthead,
) -> Callable[[], bytes]:
    """The Atom feed of a hub's or a thread's page ``page``, titled after it."""
    return functools.partial(
        feeds.atom,
        briefings,
        path=feed_path,
        title=f"{masthead.site_name}: {name}",
        author=masthead.by,
        site_url=site_url,
        page=page,
    )


def _jobs(
    model: SiteModel, pages: _Pages, site_url: str | None, published_hubs: PublishedHubs | None
) -> Iterator[_Job]:
    masthead = model.masthead
    yield _page(pages, "home.md.j2", layout.HOME_PATH, model=model, masthead=masthead)
    if masthead.about:  # the editor's own about page, as written
        yield _output(pages, ABOUT_NAME, ("about", masthead), masthead.about.encode)
    else:
        yield _page(pages, "about.md.j2", ABOUT_NAME, masthead=masthead)
    yield _page(pages, "timeline.md.j2", layout.TIMELINE_PATH, years=model.years)
    for year in model.years:
        yield _page(pages, "timeline_year.md.j2", year.path, year=year)
        for month in year.months if year.split else ():
            yield _page(pages, "timeline_month.md.j2", month.path, month=month)
    for threads in model.thread_indexes:
        yield _page(pages, "threads.md.j2", threads.path, index=threads)
    #: Feed path -> what its job is made of, for the old feed address of a moved page.
    page_feeds: dict[str, tuple[tuple[object, ...], Callable[[], bytes]]] = {}
    for thread in model.threads:
        yield _page(pages, "thread.md.j2", thread.path, thread=thread)
        page_feeds[thread.feed_path] = (
            ("atom", thread, site_url, masthead),
            _page_feed(
                thread.newest_first, thread.name, thread.path, thread.feed_path, site_url, masthead
            ),
        )
        yield _output(pages, thread.feed_path, *page_feeds[thread.feed_path])
    for page in model.briefings:
        yield _page(pages, "briefing.md.j2", page.path, page=page, record=page.record)
    for kind, hubs in model.hubs.items():
        for index in model.indexes[kind]:
            yield _page(pages, "hub_index.md.j2", index.path, kind=kind, index=index)
        for hub in hubs:
            chunks = hub.pages()
            for number, chunk in enumerate(chunks, start=1):
                path = layout.hub_path(hub.kind, hub.slug, number)
                yield _page(
                    pages,
                    "hub.md.j2",
                    path,
                    hub=hub,
                    briefings=chunk,
                    number=number,
                    count=len(chunks),
                )
            page_feeds[hub.feed_path] = (
                ("atom", hub, site_url, masthead),
                _page_feed(hub.briefings, hub.name, hub.path, hub.feed_path, site_url, masthead),
            )
            yield _output(pages, hub.feed_path, *page_feeds[hub.feed_path])
    moves = site_moves(model, published_hubs)
    for path, move in moves.items():
        yield path, _made_already(redirect_html(move).encode("utf-8"))
    for old, feed in moved_feeds(model, moves, published_hubs).items():
        yield _output(pages, old, *page_feeds[feed])
    inputs = (model.records, site_url, masthead)
    records = model.records
    yield _output(
        pages,
        layout.SITE_FEED_PATH,
        inputs,
        lambda: feeds.atom(
            records,
            path=layout.SITE_FEED_PATH,
            title=masthead.site_name,
            author=masthead.by,
            site_url=site_url,
            page=layout.HOME_PATH,
        ),
    )
    yield _output(
        pages,
        layout.JSON_FEED_PATH,
        inputs,
        lambda: feeds.json_feed(records, title=masthead.site_name, site_url=site_url),
    )
    yield _output(pages, layout.BRIEFINGS_JSON_PATH, inputs, lambda: feeds.briefings_json(records))


_SAID: set[str] = set()


def _say_relative_once() -> None:
    """Tell once per process that feed links stay relative: a preview renders again and again."""
    if "relative" not in _SAID:
        _SAID.add("relative")
        print(
            "briefings: site_url is unset (BRIEFINGS_SITE_URL or site_url in mkdocs.yml): "
            "feed links stay relative and pages have no canonical link",
            file=sys.stderr,
        )


def render_site(
    records: list[Record],
    out_dir: Path,
    *,
    templates_dir: Path,
    production: bool,
    site_url: str | None = None,
    cache: PageCache | None = None,
    schedule: Schedule | None = None,
    masthead: Masthead | None = None,
    editors: EntitiesFile | None = None,
    published_hubs: PublishedHubs | None = None,
) -> RenderResult:
    """Render the docs folder MkDocs builds from: pages, feeds and briefings.json.

    Only pages whose inputs changed since the last render into ``out_dir`` are
    rendered and written (see generator.pagecache). ``cache``: a live preview's,
    kept between renders.

    ``schedule``: the order outputs are made in and who hears of them (docswriter).
    Raises TemplateFailed when a template fails.

    ``production`` leaves drafts out of every page, hub, feed and the JSON.
    ``site_url`` (the public address; by default mkdocs.yml's) makes feed
    links absolute; without it they are relative to the feed, never made up.
    ``masthead``: by default, read from the mkdocs.yml beside ``templates_dir``.
    ``editors``: briefings/entities.yaml, which decides hubs with the records (none by default).
    ``published_hubs``: the hub addresses ever published, which keep redirecting; the live
    ones not yet listed are added to it (generator.published; the caller saves it).
    """
    model = build_site_model(records, production=production, editors=editors)
    model.masthead = masthead or read_masthead(templates_dir.parent)
    site_url = site_url or model.masthead.site_url or None
    if site_url is None:
        _say_relative_once()
    if cache is None:
        cache = PageCache(in_memory=False)
        cache.use_folder(out_dir)
    cache.start(templates_dir, model.records, repr((production, site_url)))
    env = cached_environment(templates_dir, cache.templates_digest)
    outputs = iter_outputs(
        model, env, site_url=site_url, cache=cache, schedule=schedule, published_hubs=published_hubs
    )
    result = write_outputs(outputs, out_dir, schedule, cache)
    return result
