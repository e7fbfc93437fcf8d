"""The view model of a briefing page: its record with hub links and related briefings."""

from __future__ import annotations

from dataclasses import dataclass

from generator.layout import briefing_path
from generator.record import Record
from generator.sitemodel.entities import Mention, mentions
from generator.sitemodel.related import RelatedIndex


@dataclass(frozen=True)
class PlaceView:
    """A place on a briefing page; it links to its country's hub when it has one."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    country: Mention | None


@dataclass(frozen=True)
class QuoteView:
    """A quotation and, when the speaker has a hub, the link to it."""

    text: str
    speaker: str | None
    speaker_hub: Mention | None


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
    related: list[Record]

    @property
    def path(self) -> str:
        return briefing_path(self.record["id"])


def briefing_page(record: Record, index: RelatedIndex, names: dict[str, str]) -> BriefingPage:
    """The model of one briefing page; ``names`` maps country codes to hub names."""
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
        )
        for p in record["places"]
    ]
    return BriefingPage(
        record=record,
        people=found["people"],
        organizations=found["organizations"],
        groups=found["groups"],
        topics=found["topics"],
        places=places,
        quotes=[
            QuoteView(q["text"], q["speaker"], speakers.get(q["speaker"] or ""))
            for q in record["quotes"]
        ],
        related=index.of(record),
    )
