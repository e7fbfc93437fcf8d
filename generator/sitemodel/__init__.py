"""Records -> the pages of the site, as plain data for the templates.

Nothing here knows Markdown or HTML: the models hold record values and page
paths (relative to the docs folder, e.g. ``people/fuad-hussein.md``), and the
templates turn them into pages. Every list is sorted with a total order so
that the same records always give the same pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.entities_file import EntitiesFile
from generator.record import Record
from generator.sitemodel.briefing import BriefingPage, briefing_page
from generator.sitemodel.calendar import newest_first
from generator.sitemodel.canon import hub_named, rejected_names
from generator.sitemodel.entities import remembered
from generator.sitemodel.hub_memory import kept_hubs
from generator.sitemodel.hubs import Hub, city_hubs
from generator.sitemodel.indexes import HubIndexPage, hub_index_pages
from generator.sitemodel.masthead import Masthead
from generator.sitemodel.memory import ModelMemory, current
from generator.sitemodel.related import RelatedIndex
from generator.sitemodel.stories import (
    Thread,
    ThreadIndexPage,
    build_threads,
    story_boxes,
    thread_index_pages,
)
from generator.sitemodel.timeline import TimelineYear, by_month, timeline_years

HOME_SIZE = 12


@dataclass
class SiteModel:
    """The whole site: what the renderer turns into pages and feeds."""

    records: list[Record]
    briefings: list[BriefingPage]
    hubs: dict[str, list[Hub]]
    timeline: list[tuple[str, list[Record]]]
    years: list[TimelineYear] = field(default_factory=list)
    indexes: dict[str, list[HubIndexPage]] = field(default_factory=dict)
    masthead: Masthead = field(default_factory=Masthead)
    threads: list[Thread] = field(default_factory=list)
    thread_indexes: list[ThreadIndexPage] = field(default_factory=list)
    #: (record field, name) of the names entities.yaml lists as no entity of their kind: they
    #: have no hub of that kind (generator.redirects sends their address to another kind's).
    rejected: set[tuple[str, str]] = field(default_factory=set)

    @property
    def latest(self) -> list[Record]:
        return self.records[:HOME_SIZE]


def build_site_model(
    records: list[Record],
    *,
    production: bool,
    editors: EntitiesFile | None = None,
    memory: ModelMemory | None = None,
) -> SiteModel:
    """The site for these records; production leaves drafts out of everything.

    ``editors``: briefings/entities.yaml, whose merges, preferred names and names that are
    no entity decide the hubs (sitemodel/canon.py). ``memory``: what an earlier build
    worked out (sitemodel/memory.py); by default the one of the build under way, if any.
    """
    memory = current() if memory is None else memory
    with remembered():
        model = _site_model(records, production=production, editors=editors, memory=memory)
    if memory is not None:
        memory.save()
    return model


def _site_model(
    records: list[Record],
    *,
    production: bool,
    editors: EntitiesFile | None,
    memory: ModelMemory | None,
) -> SiteModel:
    shown = newest_first(r for r in records if not (production and r["status"] == "draft"))
    rejected = rejected_names(shown, editors)
    shown = hub_named(shown, editors)  # one name per entity across the site
    hubs = kept_hubs(shown, memory)
    names = {hub.slug.upper(): hub.name for hub in hubs["countries"]}
    cities = city_hubs(hubs["places"])
    index = RelatedIndex(shown, memory=memory)
    months = by_month(shown)
    threads = build_threads(shown, memory=memory)
    boxes = story_boxes(threads)
    return SiteModel(
        records=shown,
        briefings=[briefing_page(r, index, names, boxes.get(r["id"]), cities) for r in shown],
        hubs=hubs,
        timeline=months,
        years=timeline_years(months),
        indexes={kind: hub_index_pages(kind, items) for kind, items in hubs.items()},
        threads=threads,
        thread_indexes=thread_index_pages(threads),
        rejected=rejected,
    )
