"""Rendering: escaping by default, determinism, writing only what changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jinja2
import pytest

from generator import render, template_env
from generator.docswriter import STATS, Schedule, write_outputs
from tests.site.helpers import (
    DRAFT_ID,
    SAMPLE_ID,
    TEMPLATES,
    fixture_records,
    make_record,
    person,
)
from tests.site.helpers import render as render_records


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file but the stats of the files (their inodes and times differ between folders)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != STATS
    }


def test_same_records_give_identical_bytes(tmp_path: Path) -> None:
    """Two renders of the same records, in any order, produce byte-identical trees."""
    records = fixture_records()
    render_records(records, tmp_path / "one")
    render_records(list(reversed(records)), tmp_path / "two")
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")


def test_rerender_with_nothing_changed_writes_nothing(tmp_path: Path) -> None:
    """A second render of unchanged records writes no file and leaves mtimes alone."""
    records = fixture_records()
    first = render_records(records, tmp_path)
    mtimes = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    second = render_records(records, tmp_path)
    assert first.written and first.unchanged == 0
    assert second.written == [] and second.removed == []
    assert second.unchanged == len(first.written)
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == mtimes


def test_one_changed_record_rewrites_only_its_pages(tmp_path: Path) -> None:
    """Editing one record's summary rewrites its page, home and feeds, not every page."""
    records = fixture_records(hostile=False)
    render_records(records, tmp_path)
    changed = next(r for r in records if r["id"] == SAMPLE_ID)
    changed["summary"] = "A new summary."
    result = render_records(records, tmp_path)
    assert f"briefings/{SAMPLE_ID}.md" in result.written
    assert "index.md" in result.written and "feed.xml" in result.written
    assert "people/fuad-hussein.md" not in result.written
    assert result.unchanged > len(result.written)


def test_stale_pages_are_removed_and_others_kept(tmp_path: Path) -> None:
    """A record gone removes its page and its now-empty hubs; files we did not write stay."""
    records = fixture_records(hostile=False)
    render_records(records, tmp_path)
    (tmp_path / "people" / "notes.txt").write_text("an editor's file", "utf-8")
    result = render_records([r for r in records if r["id"] != SAMPLE_ID], tmp_path)
    assert f"briefings/{SAMPLE_ID}.md" in result.removed
    assert "people/asaad-al-shaibani.md" in result.removed
    assert "people/asaad-al-shaibani/feed.xml" in result.removed
    assert not (tmp_path / "people" / "asaad-al-shaibani").exists()
    assert (tmp_path / "people" / "notes.txt").exists()
    assert (tmp_path / "people" / "fuad-hussein.md").exists()


def test_production_render_has_no_draft_anywhere(tmp_path: Path) -> None:
    """A production render names no draft in any page, feed or JSON file."""
    render_records(fixture_records(), tmp_path, production=True)
    assert not (tmp_path / "briefings" / f"{DRAFT_ID}.md").exists()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert DRAFT_ID not in path.read_text("utf-8"), path
    # Tehran is named only by the draft: no country hub for Iran's capital's draft alone.
    assert "Tehran" not in (tmp_path / "countries" / "ir.md").read_text("utf-8")


def test_local_render_marks_drafts(tmp_path: Path) -> None:
    """A local render shows the draft, with a Draft badge on its page and on the home card."""
    render_records(fixture_records(), tmp_path)
    assert "<strong>Draft</strong>" in (tmp_path / "briefings" / f"{DRAFT_ID}.md").read_text()
    assert 'class="draft-badge">Draft<' in (tmp_path / "index.md").read_text()


def test_finalize_escapes_every_printed_value(tmp_path: Path) -> None:
    """A template printing a value without any filter still gets it escaped."""
    (tmp_path / "t.md.j2").write_text("{{ value }}|{{ safe|paragraphs }}", "utf-8")
    env = template_env.make_environment(tmp_path)
    text = env.get_template("t.md.j2").render(value="<b>*x*</b>", safe="# h")
    assert text == "&#60;b&#62;&#42;x&#42;&#60;/b&#62;|&#35; h"


def test_pages_written_before_a_template_failed_are_removed_later(tmp_path: Path) -> None:
    """Pages are written as they are made; after a failed render, a good one still cleans up."""
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    out = tmp_path / "docs"
    records = fixture_records(hostile=False)
    render.render_site(records, out, templates_dir=templates, production=False)
    extra = make_record("added-then-dropped", "2025-05-01")
    (templates / "hub.md.j2").write_text("{{ hub.no_such_field }}", "utf-8")
    with pytest.raises(render.TemplateFailed):
        render.render_site([extra, *records], out, templates_dir=templates, production=False)
    assert (out / "briefings" / "added-then-dropped.md").exists()  # written before the hubs
    shutil.copy(TEMPLATES / "hub.md.j2", templates / "hub.md.j2")
    result = render.render_site(records, out, templates_dir=templates, production=False)
    assert "briefings/added-then-dropped.md" in result.removed
    fresh = tmp_path / "fresh"
    render.render_site(records, fresh, templates_dir=templates, production=False)
    assert _tree(out) == _tree(fresh)


class _First(Schedule):
    """A schedule that asks for some paths first and keeps the render's order otherwise."""

    def __init__(self, wanted: set[str]) -> None:
        self.wanted = wanted

    def first(self) -> set[str]:
        return self.wanted


class _Recorded(Schedule):
    """A schedule that asks for some paths first and records what it is told."""

    def __init__(self, tmp_path: Path, first: set[str]) -> None:
        self.tmp_path = tmp_path
        self.wanted = first
        self.seen: list[tuple[bool, bool]] = []
        self.told: list[list[str]] = []
        self.on_disk: list[tuple[str, bytes]] = []

    def order(self, paths: list[str]) -> list[str]:
        self.told.append(list(paths))
        return sorted(paths, reverse=True)

    def first(self) -> set[str]:
        return self.wanted

    def first_written(self) -> None:
        self.seen.append(((self.tmp_path / "b.md").exists(), (self.tmp_path / "a.md").exists()))

    def written(self, path: str) -> None:
        self.on_disk.append((path, (self.tmp_path / path).read_bytes()))


def test_first_pages_are_written_before_the_rest(tmp_path: Path) -> None:
    """write_outputs writes the ``first`` pages, tells the schedule, then writes the others."""
    outputs = {"a.md": b"a", "b.md": b"b", "c.md": b"c"}
    schedule = _Recorded(tmp_path, {"b.md", "gone.md"})
    result = write_outputs(outputs, tmp_path, schedule)
    assert schedule.seen == [(True, False)]
    assert result.written == ["a.md", "b.md", "c.md"]
    again = write_outputs(outputs, tmp_path, schedule)
    assert schedule.seen == [(True, False)] and again.written == []  # nothing new first: no call


def test_outputs_asked_for_first_are_made_first_and_the_same(tmp_path: Path) -> None:
    """iter_outputs(first=...) makes those outputs before all others, with the same bytes."""
    from generator import sitemodel

    model = sitemodel.build_site_model(fixture_records(), production=False)
    env = template_env.make_environment(TEMPLATES)
    plain = list(render.iter_outputs(model, env))
    wanted = {f"briefings/{SAMPLE_ID}.md", "people/fuad-hussein.md", "not/a/page.md"}
    ordered = list(render.iter_outputs(model, env, schedule=_First(wanted)))
    assert {path for path, _ in ordered[:2]} == wanted - {"not/a/page.md"}
    assert sorted(ordered) == sorted(plain)
    assert [path for path, _ in ordered[2:]] == [p for p, _ in plain if p not in wanted]


def test_a_schedule_sees_every_path_first_and_sets_the_order(tmp_path: Path) -> None:
    """iter_outputs tells the schedule every path before making any, then makes them in order."""
    from generator import sitemodel

    model = sitemodel.build_site_model(fixture_records(), production=False)
    env = template_env.make_environment(TEMPLATES)
    plain = list(render.iter_outputs(model, env))
    schedule = _Recorded(tmp_path, set())
    outputs = render.iter_outputs(model, env, schedule=schedule)
    first = next(outputs)
    assert schedule.told == [[path for path, _ in plain]]  # all, before the first was made
    planned = [first, *outputs]
    assert [path for path, _ in planned] == sorted((path for path, _ in plain), reverse=True)
    assert sorted(planned) == sorted(plain)


def test_the_schedule_hears_of_each_output_once_it_is_on_disk(tmp_path: Path) -> None:
    """write_outputs tells ``written`` of every output, written or unchanged, once it is there."""
    outputs = {"a.md": b"a", "sub/b.md": b"b"}
    schedule = _Recorded(tmp_path, set())
    write_outputs(outputs, tmp_path, schedule)
    assert schedule.on_disk == [("a.md", b"a"), ("sub/b.md", b"b")]
    schedule.on_disk.clear()
    again = write_outputs(outputs, tmp_path, schedule)
    assert again.written == [] and schedule.on_disk == [("a.md", b"a"), ("sub/b.md", b"b")]


def test_one_manifest_lists_every_file_and_replaces_the_two_old_lists(tmp_path: Path) -> None:
    """A render writes .docs.json and its stats only; a folder from before loses its old lists."""
    out = tmp_path / "docs"
    out.mkdir()
    (out / "stale.md").write_text("# from an old render\n", "utf-8")
    (out / ".generated.json").write_text('["stale.md"]\n', "utf-8")
    (out / ".pages.json").write_text("{}\n", "utf-8")
    result = render_records(fixture_records(hostile=False), out)
    assert result.removed == ["stale.md"]
    assert sorted(p.name for p in out.glob(".*")) == [".docs-stat.json", ".docs.json"]
    listed = json.loads((out / ".docs.json").read_text("utf-8"))["files"]
    files = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert set(listed) == files - {".docs.json", ".docs-stat.json"}
    assert listed[f"briefings/{SAMPLE_ID}.md"] is not None  # a cached page: its fingerprint


def test_a_template_error_names_the_template_line_page_and_record(tmp_path: Path) -> None:
    """A failing template raises TemplateFailed located as template:line (page, record)."""
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    path = templates / "briefing.md.j2"
    lines = path.read_text("utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("## Summary"))
    lines.insert(at + 1, "{{ record.no_such_field }}\n")
    path.write_text("".join(lines), "utf-8")
    record = make_record("only-one", "2025-01-01")
    with pytest.raises(render.TemplateFailed) as failed:
        render.render_site([record], tmp_path / "docs", templates_dir=templates, production=False)
    assert str(failed.value) == (
        f"templates/briefing.md.j2:{at + 2}: 'dict object' has no attribute 'no_such_field' "
        "(page briefings/only-one.md, record briefings/only-one.yaml)"
    )


def test_undefined_values_fail_loudly(tmp_path: Path) -> None:
    """A template naming a missing field raises instead of printing nothing."""
    (tmp_path / "t.md.j2").write_text("{{ record.nope }}", "utf-8")
    env = template_env.make_environment(tmp_path)
    with pytest.raises(jinja2.UndefinedError):
        env.get_template("t.md.j2").render(record={})


def test_jinja_in_records_is_never_evaluated(tmp_path: Path) -> None:
    """Jinja syntax in a record comes out as text, not as the result of evaluating it."""
    record = make_record("j", "2025-01-01", title="{{ 7*7 }}", summary="{% raw %}x")
    render_records([record], tmp_path)
    page = (tmp_path / "briefings" / "j.md").read_text("utf-8")
    assert "&#123;&#123; 7&#42;7 &#125;&#125;" in page
    assert "49" not in page


def test_unsafe_source_url_is_not_linked(tmp_path: Path) -> None:
    """A source URL that is not http(s) (an unvalidated record) shows the name, no link."""
    record = make_record("u", "2025-01-01", source={"name": "Evil", "url": "javascript:alert(1)"})
    render_records([record], tmp_path)
    page = (tmp_path / "briefings" / "u.md").read_text("utf-8")
    assert "javascript" not in page
    assert "Source: Evil" in page


def test_hub_pagination_links_pages_both_ways(tmp_path: Path) -> None:
    """A long hub gets numbered pages linked newer/older to each other."""
    records = [
        make_record(f"r{i:02d}", f"2025-01-{(i % 28) + 1:02d}", people=[person("P")])
        for i in range(25)
    ]
    render_records(records, tmp_path)
    first = (tmp_path / "people" / "p.md").read_text("utf-8")
    second = (tmp_path / "people" / "p" / "page-2.md").read_text("utf-8")
    assert "[Older briefings about P](p/page-2.md)" in first
    assert "[Newer briefings about P](../p.md)" in second
    assert first.count("- ") >= 20 and "page 2 of 2" in second
