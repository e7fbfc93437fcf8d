"""Briefing pages link each city to its city hub, as they link countries to theirs."""

from __future__ import annotations

from pathlib import Path

from generator import sitemodel
from tests.site.helpers import make_record, place, render


def _places(records: list[dict[str, object]], record_id: str) -> list[tuple[str, str | None]]:
    """(name, linked hub path) of each place on a briefing page."""
    model = sitemodel.build_site_model(records, production=False)
    page = next(p for p in model.briefings if p.record["id"] == record_id)
    return [(v.name, v.hub.path if v.hub else None) for v in page.places]


def test_a_city_links_to_its_hub_and_a_region_to_none(tmp_path: Path) -> None:
    """Velmora (a city) links to /places/velmora/, in its country; a region has no hub."""
    records = [
        make_record(
            "a",
            "2025-01-01",
            places=[
                place("Velmora", "city", "PT"),
                place("Upper Vale", "region", "PT"),
                place("Portugal", "country", "PT"),
            ],
        )
    ]
    assert _places(records, "a") == [
        ("Velmora", "places/velmora.md"),
        ("Upper Vale", None),
        ("Portugal", None),
    ]
    render(records, tmp_path)
    text = (tmp_path / "briefings" / "a.md").read_text("utf-8")
    assert "- [Velmora](../places/velmora.md), city in [Portugal](../countries/pt.md)" in text
    assert "- Upper Vale, region in [Portugal](../countries/pt.md)" in text


def test_two_cities_of_one_name_link_to_their_own_hubs() -> None:
    """Springfield in two countries is two hubs, each page linking its own; countryless too."""
    records = [
        make_record("a", "2025-01-01", places=[place("Springfield", "city", "US")]),
        make_record("b", "2025-01-02", places=[place("Springfield", "city", "AU")]),
        make_record("c", "2025-01-03", places=[place("Lowmere", "city", None)]),
    ]
    assert _places(records, "a") == [("Springfield", "places/springfield-us.md")]
    assert _places(records, "b") == [("Springfield", "places/springfield-au.md")]
    assert _places(records, "c") == [("Lowmere", "places/lowmere.md")]


def test_a_city_spelt_otherwise_links_to_the_hub_it_joined() -> None:
    """'springfield' joins the hub of the more used 'Springfield', and its page says so."""
    records = [
        make_record("a", "2025-01-01", places=[place("Springfield", "city", "US")]),
        make_record("b", "2025-01-02", places=[place("Springfield", "city", "US")]),
        make_record("c", "2025-01-03", places=[place("springfield", "city", "US")]),
    ]
    assert _places(records, "c") == [("Springfield", "places/springfield.md")]
