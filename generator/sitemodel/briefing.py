"""The view model of a briefing page: its record with hub links and related briefings."""

from __future__ import annotations

from dataclasses import dataclass

from generator.layout import briefing_path, entity_slug
from generator.record import Record, quotes_once
from generator.sitemodel.entities import Mention, mentions
from generator.sitemodel.hubs import Hub
from generator.sitemodel.related import Key, RelatedIndex, place_slug
from generator.sitemodel.stories import StoryBox

#: At most this many shared names are shown beside a related briefing.
SHARED_NAMES = 3


@dataclass(frozen=True)
class PlaceView:
    """A place on a briefing page; it links to its country's hub when it has one, and a city
    to its own hub."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    country: Mention | None
    hub: Mention | None = None


@dataclass(frozen=True)
class QuoteView:
    """A quotation and, when the speaker has a hub, the link to it."""

    text: str
    speaker: str | None
    speaker_hub: Mention | None


@dataclass(frozen=True)
class RelatedView:
    """A related briefing and the names it shares with the page ("also about X, Y")."""

    record: Record
    shared: tuple[str, ...]


@dataclass
class BriefingPage:
    """Everything the briefing template shows."""

    record: Record
    people: list[Mention]
    organizations: list[Mention]
    groups: list[Mention]
    topics: list[Mention]
    places: list[PlaceView]
    quotes: list[QuoteView]
    related: list[RelatedView]
    #: "This story so far": the briefing's thread, when it is in one.
    story: StoryBox | None = None

    @property
    def path(self) -> str:
        return briefing_path(self.record["id"])


def briefing_page(
    record: Record,
    index: RelatedIndex,
    names: dict[str, str],
    story: StoryBox | None = None,
    cities: dict[tuple[str, str | None], Hub] | None = None,
) -> BriefingPage:
    """The model of one briefing page; ``names`` maps country codes to hub names, ``cities``
    holds the city hubs (hubs.city_hubs)."""
    found = mentions(record)
    speakers = {m.name: m for m in (*found["people"], *found["organizations"])}
    places = [
        PlaceView(
            p["name"],
            p["kind"],
            tuple(p["aliases"]),
            Mention("countries", p["country_code"].lower(), names[p["country_code"]])
            if p["country_code"]
            else None,
            _city_hub(p, cities or {}),
        )
        for p in record["places"]
    ]
    shown: dict[Key, str] = {
        (kind, m.slug): m.name
        for kind in ("people", "organizations", "groups")
        for m in found[kind]
    }
    for place in places:
        code = place.country.slug if place.country else None
        if place.kind != "country":
            shown.setdefault(("places", place_slug(place.name, code)), place.name)
        if place.country:
            shown.setdefault(("countries", place.country.slug), place.country.name)
    return BriefingPage(
        record=record,
        people=found["people"],
        organizations=found["organizations"],
        groups=found["groups"],
        topics=found["topics"],
        places=places,
        quotes=[
            QuoteView(q["text"], q["speaker"], speakers.get(q["speaker"] or ""))
            for q in quotes_once(record)
        ],
        related=[
            RelatedView(other.record, _names(other.shared, shown)) for other in index.of(record)
        ],
        story=story,
    )


def _city_hub(place: Record, cities: dict[tuple[str, str | None], Hub]) -> Mention | None:
    """The hub of a city, as the page links it."""
    if place["kind"] != "city":
        return None
    hub = cities.get((entity_slug(place["name"]), place["country_code"]))
    return Mention("places", hub.slug, hub.name) if hub else None


def _names(shared: tuple[Key, ...], shown: dict[Key, str]) -> tuple[str, ...]:
    """The page's own names for shared entities, each name once, at most SHARED_NAMES."""
    names = dict.fromkeys(shown[key] for key in shared if key in shown)
    return tuple(names)[:SHARED_NAMES]
