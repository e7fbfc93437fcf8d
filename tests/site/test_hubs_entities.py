"""Hubs read briefings/entities.yaml: its merges, preferred names and names that are no
entity decide the hubs at once, before any record is rewritten."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from generator import sitemodel
from generator.entities_file import EntitiesFile, parse_entities
from generator.mkdocs.preview import Preview
from generator.redirects import site_redirects
from tests.conftest import Result
from tests.site.helpers import FIXTURES, make_record, named, person, preview_project


def _editors(text: str) -> EntitiesFile:
    editors, problems = parse_entities(text)
    assert not problems, problems
    return editors


def _slugs(model: sitemodel.SiteModel, kind: str) -> list[str]:
    return [hub.slug for hub in model.hubs[kind]]


def test_a_name_listed_as_no_person_gets_no_person_hub() -> None:
    """'Twitter' as a person gets no hub nor link to one; 'Twitter' the organization keeps one."""
    records = [
        make_record("a", "2025-01-01", people=[person("Twitter"), person("Ada Quist")]),
        make_record("b", "2025-01-02", organizations=[named("Twitter")]),
    ]
    editors = _editors("not_entities:\n  - name: twitter\n    kind: person\n")
    assert "twitter" in _slugs(sitemodel.build_site_model(records, production=False), "people")
    model = sitemodel.build_site_model(records, production=False, editors=editors)
    assert _slugs(model, "people") == ["ada-quist"]
    assert _slugs(model, "organizations") == ["twitter"]
    page = next(p for p in model.briefings if p.record["id"] == "a")
    assert [m.name for m in page.people] == ["Ada Quist"]
    assert records[0]["people"][0]["name"] == "Twitter"  # the records are not modified


def test_the_hub_address_of_a_name_that_is_no_person_leads_to_its_other_kind() -> None:
    """/people/twitter/ leads to /organizations/twitter/ once Twitter is no person; else nowhere."""
    # entities.yaml says Twitter is no person; a name of no other kind has nowhere to lead.
    records = [
        make_record("a", "2025-01-01", people=[person("Twitter"), person("Scroll")]),
        make_record("b", "2025-01-02", organizations=[named("Twitter")]),
    ]
    editors = _editors(
        "not_entities:\n  - {name: Twitter, kind: person}\n  - {name: Scroll, kind: person}\n"
    )
    model = sitemodel.build_site_model(records, production=False, editors=editors)
    pages = site_redirects(model)
    assert sorted(pages) == ["people/twitter/index.html"]
    assert 'url=../../organizations/twitter/"' in pages["people/twitter/index.html"]


def test_a_preferred_name_joins_its_aliases_into_one_hub() -> None:
    """An entities.yaml entity is one hub under its preferred name; its aliases lead there."""
    # Even where no record writes the preferred name.
    records = [
        make_record("a", "2025-01-01", people=[person("Walter Pendry", "President")]),
        make_record("b", "2025-01-02", people=[person("W. J. Pendry")]),
    ]
    editors = _editors(
        "entities:\n  - name: Walt Pendry\n    kind: person\n"
        "    aliases: [Walter Pendry, W J Pendry]\n"
    )
    model = sitemodel.build_site_model(records, production=False, editors=editors)
    assert _slugs(model, "people") == ["walt-pendry"]
    hub = model.hubs["people"][0]
    assert (hub.name, hub.aliases, hub.roles) == (
        "Walt Pendry",
        ["W. J. Pendry", "Walter Pendry"],
        ["President"],
    )
    redirects = site_redirects(model)
    assert sorted(redirects) == ["people/w-j-pendry/index.html", "people/walter-pendry/index.html"]


def test_an_editors_merge_settles_a_surname_two_people_claim() -> None:
    """'Quist' beside Ada and Ben Quist keeps its hub, unless entities.yaml merged it into one."""
    records = [
        make_record("a", "2025-01-01", people=[person("Ada Quist")]),
        make_record("b", "2025-01-02", people=[person("Ben Quist")]),
        make_record("c", "2025-01-03", people=[person("Quist")]),
    ]
    assert "quist" in _slugs(sitemodel.build_site_model(records, production=False), "people")
    editors = _editors("entities:\n  - name: Ben Quist\n    kind: person\n    aliases: [Quist]\n")
    model = sitemodel.build_site_model(records, production=False, editors=editors)
    assert _slugs(model, "people") == ["ada-quist", "ben-quist"]
    ben = model.hubs["people"][1]
    assert [r["id"] for r in ben.briefings] == ["c", "b"]


def _fixture_project(project: Path) -> Path:
    for path in (FIXTURES / "records").glob("*.yaml"):
        shutil.copy(path, project / "briefings" / path.name)
    return project


def test_render_reads_entities_yaml(project: Path, run: Callable[..., Result]) -> None:
    """`briefings render` decides hubs with the project's entities.yaml."""
    root = _fixture_project(project)
    hub = root / "build" / "docs" / "people" / "asaad-al-shaibani.md"
    assert run("--root", root, "render").code == 0
    assert hub.is_file()
    (root / "briefings" / "entities.yaml").write_text(
        "not_entities:\n  - name: Asaad al-Shaibani\n    kind: person\n", "utf-8"
    )
    assert run("--root", root, "render").code == 0
    assert not hub.exists()


def test_preview_reloads_entities_yaml(tmp_path: Path) -> None:
    """The preview reads entities.yaml on every render: an edit of it reaches the hubs."""
    preview = Preview(preview_project(tmp_path), production=False)
    preview.render()
    hub = tmp_path / "build" / "docs" / "people" / "asaad-al-shaibani.md"
    assert hub.is_file()
    (tmp_path / "briefings" / "entities.yaml").write_text(
        "entities:\n  - name: Asaad Hassan al-Shaibani\n    kind: person\n"
        "    aliases: [Asaad al-Shaibani]\n",
        "utf-8",
    )
    preview.render()
    assert not hub.exists()
    assert (tmp_path / "build" / "docs" / "people" / "asaad-hassan-al-shaibani.md").is_file()
