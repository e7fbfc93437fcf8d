"""Hubs from the register: one hub per entity, roles over time, companions, city hubs,
and old hub addresses that lead to the new ones."""

from __future__ import annotations

from pathlib import Path

from generator import sitemodel
from generator.redirects import hub_moves, redirect_pages
from generator.sitemodel import hubs
from generator.sitemodel.canon import hub_named, hub_names
from generator.sitemodel.hub_facts import role_history
from tests.site.helpers import make_record, named, person, place
from tests.site.helpers import render as render_records


def _hub(model: sitemodel.SiteModel, kind: str, slug: str) -> hubs.Hub:
    return next(h for h in model.hubs[kind] if h.slug == slug)


def _slugs(model: sitemodel.SiteModel, kind: str) -> list[str]:
    return [h.slug for h in model.hubs[kind]]


def test_a_bare_surname_joins_the_one_full_name_that_fits() -> None:
    """No 'Pendry' hub when Walter Pendry is the only Pendry; the briefing links to Walter's hub."""
    records = [
        make_record("a", "2025-01-01", people=[person("Walter Pendry", "President")]),
        make_record("b", "2025-01-02", people=[person("Pendry")]),
    ]
    model = sitemodel.build_site_model(records, production=False)
    assert _slugs(model, "people") == ["walter-pendry"]
    hub = _hub(model, "people", "walter-pendry")
    assert ([r["id"] for r in hub.briefings], hub.aliases) == (["b", "a"], ["Pendry"])
    page = next(p for p in model.briefings if p.record["id"] == "b")
    assert [m.slug for m in page.people] == ["walter-pendry"]
    assert records[1]["people"][0]["name"] == "Pendry"  # the records are not modified


def test_a_surname_two_full_names_share_keeps_its_own_hub() -> None:
    """'Quist' beside Ada Quist and Ben Quist is either: it stays a hub of its own."""
    records = [
        make_record("a", "2025-01-01", people=[person("Ada Quist")]),
        make_record("b", "2025-01-02", people=[person("Ben Quist")]),
        make_record("c", "2025-01-03", people=[person("Quist")]),
    ]
    model = sitemodel.build_site_model(records, production=False)
    assert _slugs(model, "people") == ["ada-quist", "ben-quist", "quist"]


def test_an_alias_one_organization_claims_and_a_spelling_join_it() -> None:
    """'VG' (an alias only Velmont Group has) and 'velmont group' are Velmont Group's hub."""
    records = [
        make_record("a", "2025-01-01", organizations=[named("Velmont Group", "VG")]),
        make_record("b", "2025-01-02", organizations=[named("Velmont Group")]),
        make_record("c", "2025-01-03", organizations=[named("VG")]),
        make_record("d", "2025-01-04", organizations=[named("velmont group")]),
    ]
    assert hub_names(records) == {
        ("organizations", "VG"): "Velmont Group",
        ("organizations", "velmont group"): "Velmont Group",
    }
    assert [r["organizations"][0]["name"] for r in hub_named(records)] == ["Velmont Group"] * 4


def test_two_names_claiming_each_other_make_one_hub() -> None:
    """A and B listing each other as aliases: the rarer folds into the more used."""
    records = [
        make_record("a", "2025-01-01", organizations=[named("Alpha Union", "AU")]),
        make_record("b", "2025-01-02", organizations=[named("AU", "Alpha Union")]),
        make_record("c", "2025-01-03", organizations=[named("AU")]),
    ]
    assert hub_names(records) == {("organizations", "Alpha Union"): "AU"}


def test_a_persons_hub_shows_roles_over_time_and_companions() -> None:
    """Roles with their years, the current one open-ended; the most often co-named first."""
    records = [
        make_record(
            "a",
            "2019-03-01",
            people=[person("Walter Pendry", "Foreign Minister"), person("Ada Quist")],
            organizations=[named("Velmont Group")],
        ),
        make_record(
            "b",
            "2023-03-01",
            people=[person("Walter Pendry", "Foreign Minister"), person("Ada Quist")],
        ),
        make_record("c", "2024-05-01", people=[person("Walter Pendry", "Prime Minister")]),
        make_record("d", "2025-05-01", people=[person("Walter Pendry", "prime minister")]),
    ]
    model = sitemodel.build_site_model(records, production=False)
    hub = _hub(model, "people", "walter-pendry")
    assert hub.history == "Foreign Minister, 2019-2023; Prime Minister, 2024-"
    assert [(c.name, c.count) for c in hub.companions] == [("Ada Quist", 2), ("Velmont Group", 1)]


def test_role_history_leaves_out_a_one_off_phrase() -> None:
    """A role stated once beside roles stated more often is no office."""
    roles = [("2020-01-01", "Mayor"), ("2021-01-01", "Mayor"), ("2021-06-01", "keen cyclist")]
    assert role_history(roles, "2030") == "Mayor, 2020-2021"
    assert role_history([("2021-06-01", "Mayor")], "2021") == "Mayor, 2021-"


def test_a_city_has_a_hub_linked_from_its_country(tmp_path: Path) -> None:
    """Cities get /places/ hubs naming their country; the country's hub lists them."""
    records = [
        make_record("a", "2025-01-01", places=[place("Tarsk", "city", "RU")]),
        make_record("b", "2025-01-02", places=[place("Tarsk", "city", "RU")]),
        make_record("c", "2025-01-03", places=[place("Birmingham", "city", "GB")]),
        make_record("d", "2025-01-04", places=[place("Birmingham", "city", "US")]),
    ]
    model = sitemodel.build_site_model(records, production=False)
    assert _slugs(model, "places") == ["birmingham-gb", "birmingham-us", "tarsk"]
    tarsk = _hub(model, "places", "tarsk")
    assert tarsk.country is not None and tarsk.country.slug == "ru"
    assert [(c.slug, c.count) for c in _hub(model, "countries", "ru").cities] == [("tarsk", 2)]
    render_records(records, tmp_path)
    country = (tmp_path / "countries" / "ru.md").read_text("utf-8")
    assert "Cities: [Tarsk](../places/tarsk.md) (2)" in country
    assert "City in [Russian Federation](../countries/ru.md)" in (
        tmp_path / "places/tarsk.md"
    ).read_text("utf-8")


def test_a_merged_name_redirects_to_its_new_hub(tmp_path: Path) -> None:
    """A merged name's address leads to its new hub; a tied alias leads nowhere; live hubs stay."""
    records = [
        make_record("a", "2025-01-01", people=[person("Walter Pendry", None, "Mr Pendry")]),
        make_record("b", "2025-01-02", people=[person("Ada Quist", None, "AQ")]),
        make_record("c", "2025-01-03", people=[person("Ben Quist", None, "AQ")]),
        make_record("d", "2025-01-04", people=[person("Mr Pendry")]),
    ]
    assert hub_moves(records[:3])["people"] == {"mr-pendry": "walter-pendry"}
    assert hub_moves(records)["people"] == {}
    page = redirect_pages(records[:3])["people/mr-pendry/index.html"]
    assert '<meta http-equiv="refresh" content="0; url=../walter-pendry/">' in page
    render_records(records[:3], tmp_path)
    assert (tmp_path / "people" / "mr-pendry" / "index.html").read_text("utf-8") == page


def test_a_surname_two_people_claim_goes_to_the_one_of_the_records_years() -> None:
    """'Quist' is Ada (1989-1991) in 1990, Ben (2005-2007) in 2006, and keeps its hub in 1998."""
    records = [
        make_record("a", "1989-01-01", people=[person("Ada Quist")]),
        make_record("b", "1991-01-01", people=[person("Ada Quist")]),
        make_record("c", "2005-01-01", people=[person("Ben Quist")]),
        make_record("d", "2007-01-01", people=[person("Ben Quist")]),
        make_record("e", "1990-06-01", people=[person("Quist")]),
        make_record("f", "2006-06-01", people=[person("Quist")]),
        make_record("g", "1998-06-01", people=[person("Quist")]),
    ]
    model = sitemodel.build_site_model(records, production=False)
    members = {h.slug: sorted(r["id"] for r in h.briefings) for h in model.hubs["people"]}
    assert members == {"ada-quist": ["a", "b", "e"], "ben-quist": ["c", "d", "f"], "quist": ["g"]}
