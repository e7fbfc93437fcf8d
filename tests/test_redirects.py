"""Renamed briefings keep their old URL working, and check insists on it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import sitemodel
from generator.published import PublishedHubs, read_published_hubs
from generator.redirects import redirect_pages, site_redirects
from tests.conftest import FIXTURES, Result
from tests.site.helpers import make_record, named, person


def test_old_id_gets_a_redirect_page() -> None:
    """A record with redirect_from yields a page at the old URL pointing to the new one."""
    pages = redirect_pages([{"id": "new-id", "redirect_from": ["old-id"]}, {"id": "other"}])
    assert list(pages) == ["briefings/old-id/index.html"]
    assert (
        '<meta http-equiv="refresh" content="0; url=../new-id/">'
        in pages["briefings/old-id/index.html"]
    )


def published_project(project: Path) -> Path:
    shutil.copy(FIXTURES / "check" / "valid.yaml", project / "briefings" / "valid.yaml")
    (project / "briefings" / ".published.txt").write_text("valid\n", "utf-8")
    return project / "briefings" / "valid.yaml"


def test_renamed_published_record_without_redirect_fails_check(
    project: Path, run: Callable[..., Result]
) -> None:
    """Changing a published id without redirect_from is reported against the URL list."""
    record = published_project(project)
    text = record.read_text("utf-8").replace("id: valid", "id: renamed")
    record.unlink()
    (project / "briefings" / "renamed.yaml").write_text(text, "utf-8")
    result = run("--root", project, "check")
    assert (result.code, result.out) == (
        1,
        "briefings/.published.txt:1: id: briefing 'valid' was published at /briefings/valid/"
        " and no record has that id now; add 'redirect_from: [valid]' to the record that"
        " replaced it\n",
    )


def test_renamed_record_with_redirect_passes_check(
    project: Path, run: Callable[..., Result]
) -> None:
    """With redirect_from naming the old id, the rename is accepted."""
    record = published_project(project)
    text = record.read_text("utf-8").replace("id: valid", "id: renamed")
    text = text.replace("seed: null\n", "seed: null\nredirect_from:\n  - valid\n")
    record.unlink()
    (project / "briefings" / "renamed.yaml").write_text(text, "utf-8")
    assert run("--root", project, "check").code == 0


def test_redirect_may_not_shadow_a_live_record(project: Path, run: Callable[..., Result]) -> None:
    """redirect_from naming a live id is an error: the page would be overwritten."""
    text = (FIXTURES / "check" / "valid.yaml").read_text("utf-8")
    (project / "briefings" / "valid.yaml").write_text(text, "utf-8")
    other = text.replace("id: valid", "id: other") + "redirect_from:\n  - valid\n"
    (project / "briefings" / "other.yaml").write_text(other, "utf-8")
    result = run("--root", project, "check")
    assert (
        result.out
        == "briefings/other.yaml:39: redirect_from[0]: 'valid' is the id of a live record\n"
    )


# --- published hub addresses ---------------------------------------------------------------


def _published_targets(records: list[dict[str, Any]], listed: PublishedHubs) -> dict[str, str]:
    """Site path -> address of each redirect page, with ``listed`` as the published hubs."""
    pages = site_redirects(sitemodel.build_site_model(records, production=False), listed)
    return {p: html.split('rel="canonical" href="')[1].split('"')[0] for p, html in pages.items()}


def _listed(folder: Path, text: str) -> PublishedHubs:
    (folder / ".published-hubs.txt").write_text(text, "utf-8")
    return read_published_hubs(folder)


def test_a_published_hub_address_follows_its_entity_after_a_hand_edit(tmp_path: Path) -> None:
    """A hub renamed by hand, with no alias, is found from its published address by the surname."""
    # 'Ann Okafor' renamed to 'Ann Okafor-Reyes': the surname listed with the address leads to her.
    listed = _listed(tmp_path, "people/ann-okafor\tAnn Okafor\tOkafor\n")
    record = make_record("a", "2025-01-01", people=[person("Ann Okafor-Reyes", None, "Okafor")])
    assert _published_targets([record], listed) == {
        "people/ann-okafor/index.html": "../ann-okafor-reyes/",
        "people/okafor/index.html": "../ann-okafor-reyes/",
    }


def test_a_published_address_leads_to_another_kind_and_never_over_a_live_hub(
    tmp_path: Path,
) -> None:
    """A 'person' Velmont, now only an organization, leads there; a live hub gets no redirect."""
    listed = _listed(tmp_path, "people/velmont\tVelmont\npeople/ann-okafor\tAnn Okafor\n")
    record = make_record(
        "a", "2025-01-01", people=[person("Ann Okafor")], organizations=[named("Velmont")]
    )
    assert _published_targets([record], listed) == {
        "people/velmont/index.html": "../../organizations/velmont/"
    }


def test_a_published_address_two_hubs_claim_equally_leads_nowhere(tmp_path: Path) -> None:
    """'Marsh' listed with one name that two people's hubs now go by, each in one briefing."""
    listed = _listed(tmp_path, "people/marsh\tMarsh\n")
    records = [
        make_record("a", "2025-01-01", people=[person("Tom Marsh", None, "Marsh")]),
        make_record("b", "2025-01-02", people=[person("Jo Marsh", None, "Marsh")]),
    ]
    assert "people/marsh/index.html" not in _published_targets(records, listed)


def test_a_published_address_two_hubs_claim_equally_is_warned_of_with_its_line(
    tmp_path: Path,
) -> None:
    """An address leading nowhere is warned of once, with its line; live or redirected are not."""
    listed = _listed(
        tmp_path,
        "# hubs\npeople/tom-marsh\tTom Marsh\npeople/t-marsh\tT. Marsh\npeople/marsh\tMarsh\n",
    )
    records = [
        make_record("a", "2025-01-01", people=[person("Tom Marsh", None, "Marsh", "T. Marsh")]),
        make_record("b", "2025-01-02", people=[person("Jo Marsh", None, "Marsh")]),
    ]
    _published_targets(records, listed)
    assert listed.warnings() == [
        "briefings/.published-hubs.txt:4: people/marsh: warning: this published hub address"
        " leads nowhere: no one hub goes by Marsh; name that entity so in"
        " briefings/entities.yaml (an alias or a merge) and it redirects there"
    ]


def test_the_build_lists_new_published_hubs_once_in_a_stable_order(tmp_path: Path) -> None:
    """New published hubs are added once, sorted, after the lines there; draft-only hubs are not."""
    # A comment in the file is kept; listing again changes nothing.
    listed = _listed(tmp_path, "# hubs\npeople/zed-ray\tZed Ray\n")
    records = [
        make_record("a", "2025-01-01", people=[person("Ann Okafor", None, "Okafor")]),
        make_record("b", "2025-01-02", people=[person("Zed Ray")], groups=[named("Oak Guild")]),
        {**make_record("c", "2025-01-03", people=[person("Dee Draft")]), "status": "draft"},
    ]
    _published_targets(records, listed)
    assert listed.save(tmp_path)
    assert (tmp_path / ".published-hubs.txt").read_text("utf-8") == (
        "# hubs\npeople/zed-ray\tZed Ray\n"
        "groups/oak-guild\tOak Guild\npeople/ann-okafor\tAnn Okafor\tOkafor\n"
    )
    again = read_published_hubs(tmp_path)
    _published_targets(records, again)
    assert not again.save(tmp_path)


def test_an_unreadable_or_odd_published_hubs_file_lists_nothing_it_cannot_read(
    tmp_path: Path,
) -> None:
    """Nameless, unknown-kind and bad-slug lines are ignored; non-UTF-8 bytes read as no lines."""
    listed = _listed(tmp_path, "people/ok\tOk\npeople/no-names\ncountries/fr\tFrance\nx/Bad\tX\n")
    assert listed.addresses == {"people/ok": ("Ok",)}
    (tmp_path / ".published-hubs.txt").write_bytes(b"\xff\xfe")
    assert read_published_hubs(tmp_path).addresses == {}


def test_a_render_notes_published_hubs_and_redirects_an_address_an_edit_removed(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A render notes published hubs, redirects an address an edit removed, or warns it can't."""
    # Rendered once, the published record's hub is noted; after a hand edit renames the person
    # (her surname alias stays), the next render leads her old address to her hub; when no name
    # listed with it is left, the render warns that it leads nowhere.
    from generator.commands import _render
    from generator.project import find_project
    from generator.record import ordered
    from generator.yamlio import dump_yaml

    path = project / "briefings" / "a.yaml"
    record = make_record("a", "2025-01-01", people=[person("Ann Okafor", None, "Okafor")])
    path.write_text(dump_yaml(ordered(record)), "utf-8")
    desk = find_project(project)
    listed = read_published_hubs(desk.briefings)
    assert _render(desk, desk.docs, production=True, published_hubs=listed)[1] == 0
    assert listed.save(desk.briefings)
    assert (desk.briefings / ".published-hubs.txt").read_text("utf-8") == (
        "people/ann-okafor\tAnn Okafor\tOkafor\n"
    )
    path.write_text(path.read_text("utf-8").replace("Ann Okafor", "Ann Okafor-Reyes"), "utf-8")
    assert _render(desk, desk.docs, production=True)[1] == 0
    page = (desk.docs / "people" / "ann-okafor" / "index.html").read_text("utf-8")
    assert 'href="../ann-okafor-reyes/"' in page
    assert "leads nowhere" not in capsys.readouterr().err
    path.write_text(path.read_text("utf-8").replace("Okafor-Reyes", "Reyes"), "utf-8")
    path.write_text(path.read_text("utf-8").replace("- Okafor", "- Reyes"), "utf-8")
    assert _render(desk, desk.docs, production=True)[1] == 0
    assert (
        "briefings/.published-hubs.txt:1: people/ann-okafor: warning: this published hub"
        " address leads nowhere: no one hub goes by Ann Okafor, Okafor;"
    ) in capsys.readouterr().err


def test_a_published_address_goes_to_the_hub_sharing_most_of_its_names(tmp_path: Path) -> None:
    """A published address goes to the hub sharing most of its names, not the one named most."""
    # Listed as 'Tony Marsh' with 'Marsh' and 'T. Marsh': a hub by two of those names wins over one
    # by 'Marsh' alone in more briefings.
    listed = _listed(tmp_path, "people/tony-marsh\tTony Marsh\tMarsh\tT. Marsh\n")
    records = [
        make_record("a", "2025-01-01", people=[person("Anthony Marsh", None, "Marsh", "T. Marsh")]),
        make_record("b", "2025-01-02", people=[person("Jo Marsh", None, "Marsh")]),
        make_record("c", "2025-01-03", people=[person("Jo Marsh", None, "Marsh")]),
    ]
    assert _published_targets(records, listed)["people/tony-marsh/index.html"] == (
        "../anthony-marsh/"
    )
