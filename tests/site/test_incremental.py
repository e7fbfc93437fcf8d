"""Builds by the piece: what counts as an input, what MkDocs builds again, what is kept."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest

from generator import build_sources, incremental, layout
from generator.commands import cmd_build
from generator.incremental import Changes, SiteState, build_inputs, usable_state
from generator.kept_site import KeptSite
from generator.mkdocs import compat
from generator.project import Project
from tests.conftest import ROOT
from tests.site.helpers import FIXTURES


def _changes(docs: Path, previous: dict[str, str], listed: list[str]) -> Changes:
    files = {path: (incremental.digest_bytes(data.encode()), "") for path, data in previous.items()}
    changes = Changes(docs, files, lambda path: None)
    changes.listed(listed)
    return changes


def test_a_docs_file_is_built_again_only_when_its_bytes_change(tmp_path: Path) -> None:
    """Same bytes as the last build: kept; other bytes or a new file: built again."""
    (tmp_path / "a.md").write_text("same", "utf-8")
    (tmp_path / "b.md").write_text("new text", "utf-8")
    (tmp_path / "c.md").write_text("new file", "utf-8")
    changes = _changes(tmp_path, {"a.md": "same", "b.md": "old text"}, ["a.md", "b.md", "c.md"])
    assert [changes.modified(p) for p in ("a.md", "b.md", "c.md")] == [False, True, True]
    assert changes.rebuilt == ["b.md", "c.md"]
    assert changes.digests["a.md"] == incremental.digest_bytes(b"same")


def test_an_unchanged_page_linking_to_a_file_that_went_is_built_again(tmp_path: Path) -> None:
    """MkDocs resolves a link only to a file that exists: the same Markdown makes other HTML."""
    (tmp_path / "people").mkdir()
    linking = "See [her](../people/gone.md#x) and [it](../feed.xml).\n"
    unrelated = "See [him](../people/here.md).\n"
    (tmp_path / "people" / "a.md").write_text(linking, "utf-8")
    (tmp_path / "people" / "b.md").write_text(unrelated, "utf-8")
    previous = {"people/a.md": linking, "people/b.md": unrelated, "people/gone.md": "x"}
    changes = _changes(tmp_path, previous, ["people/a.md", "people/b.md"])
    assert changes.modified("people/a.md") is True
    assert changes.modified("people/b.md") is False


def test_every_input_that_rebuilds_everything_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Templates, overrides/, mkdocs.yml and the variables it reads, engine, options count."""
    (tmp_path / "templates").mkdir()
    (tmp_path / "overrides").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_url: !ENV [SOME_SITE_URL, null]\n", "utf-8")
    monkeypatch.delenv("SOME_SITE_URL", raising=False)
    before = build_inputs(tmp_path, strict=True, engine="mkdocs")
    assert {"packages", "generator code"} <= before.keys()
    (tmp_path / "templates" / "page.md.j2").write_text("x", "utf-8")
    (tmp_path / "overrides" / "main.html").write_text("x", "utf-8")
    monkeypatch.setenv("SOME_SITE_URL", "https://example.org/")
    after = build_inputs(tmp_path, strict=False, engine="properdocs")
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"templates", "overrides", "mkdocs.yml", "engine", "options"}


def _state(site: dict[str, int], inputs: dict[str, str]) -> SiteState:
    return SiteState(inputs, {"a.md": ("d", "a/index.html")}, site)


def test_the_last_build_is_used_only_while_its_inputs_and_site_are_unchanged(
    tmp_path: Path,
) -> None:
    """Changed inputs, a file of site/ changed or missing, or no state: a clean build."""
    build, site = tmp_path / "build", tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "a" / "index.html").write_text("page", "utf-8")
    inputs = {"templates": "t1", "options": "o"}
    assert usable_state(build, site, inputs) == (None, "no earlier build recorded")
    incremental.save_state(build, _state({"a/index.html": 4}, inputs))
    state, _ = usable_state(build, site, inputs)
    assert state is not None and state.docs == {"a.md": ("d", "a/index.html")}
    assert usable_state(build, site, {**inputs, "templates": "t2"}) == (
        None,
        "changed: templates",
    )
    (site / "a" / "index.html").write_text("edited by hand", "utf-8")
    assert usable_state(build, site, inputs)[1] == "site/a/index.html changed since the last build"
    (site / "a" / "index.html").unlink()
    assert usable_state(build, site, inputs)[1] == "site/a/index.html is missing"


def test_kept_files_are_linked_but_not_those_of_gone_docs_files_nor_the_index(
    tmp_path: Path,
) -> None:
    """Remade files replace links; gone pages' HTML and the old index go; no old file is written."""
    old, built, kept = tmp_path / "old", tmp_path / "built", tmp_path / "kept"
    for rel in ("a/index.html", "gone/index.html", "assets/x.css", "pagefind/p.js"):
        (old / rel).parent.mkdir(parents=True, exist_ok=True)
        (old / rel).write_text(f"old {rel}", "utf-8")
    (built / "assets").mkdir(parents=True)
    (built / "assets" / "x.css").write_text("rebuilt", "utf-8")
    previous = SiteState(
        {},
        {"a.md": ("1", "a/index.html"), "gone.md": ("2", "gone/index.html")},
        incremental.site_files(old),
    )
    keeping = KeptSite(old, kept, previous)
    files = keeping.finish(built, previous, {"a.md": ("1", "a/index.html")})
    assert keeping.kept == 1
    assert files == incremental.site_files(kept) == {"a/index.html": 16, "assets/x.css": 7}
    assert not (kept / "gone").exists() and incremental.site_files(built) == {}
    assert (kept / "a" / "index.html").stat().st_ino == (old / "a" / "index.html").stat().st_ino
    assert (old / "assets" / "x.css").read_text("utf-8") == "old assets/x.css"


def test_the_engine_decides_through_our_is_modified(tmp_path: Path) -> None:
    """compat.listed_files makes files whose is_modified is the build's own decision."""
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    config = MkDocsConfig()
    docs, site = tmp_path / "docs", tmp_path / "site"
    docs.mkdir()
    config.load_dict(
        {"site_name": "x", "docs_dir": str(docs), "site_dir": str(site), "theme": "material"}
    )
    assert not config.validate()[0]
    asked: list[str] = []

    def modified(path: str) -> bool:
        asked.append(path)
        return path == "b.md"

    files = compat.listed_files(["a.md", "b.md"], Files([]), config, modified)
    assert [file.is_modified() for file in files] == [False, True]
    assert asked == ["a.md", "b.md"]


# --- whole builds ---------------------------------------------------------------------


def _project(root: Path) -> Path:
    root.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("templates", "overrides"):
        shutil.copytree(ROOT / folder, root / folder)
    shutil.copytree(FIXTURES / "records", root / "briefings")
    (root / "seeds").mkdir()
    return root


def _build(root: Path) -> tuple[int, str]:
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        code = cmd_build(Project(root), strict=True, production=False)
    return code, said.getvalue()


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project of the fixture records, built once."""
    root = _project(tmp_path_factory.mktemp("desk") / "desk")
    assert _build(root)[0] == 0
    return root


@pytest.mark.slow
def test_a_build_with_nothing_changed_keeps_every_file(desk: Path) -> None:
    """Nothing changed: MkDocs builds no page, Pagefind indexes no batch, site/ stays the same."""
    # Once the build's own list of published URLs is in, the build has nothing to do.
    before = {p: p.read_bytes() for p in sorted((desk / "site").rglob("*")) if p.is_file()}
    said = [_build(desk), _build(desk)]
    assert [code for code, _ in said] == [0, 0], said
    if any("changed: generator code" in text for _, text in said):
        pytest.skip("the generator's code changed during the test (a clean build is right)")
    first, second = (text for _, text in said)
    assert "nothing changed since the last build" in first or (
        "MkDocs built 0 of" in first and "search: 0 of 1 batch(es) indexed again" in first
    ), first
    assert "nothing changed since the last build: site is up to date" in second, second
    after = {p: p.read_bytes() for p in sorted((desk / "site").rglob("*")) if p.is_file()}
    assert [p.relative_to(desk) for p in after] == [p.relative_to(desk) for p in before]
    assert list(after.values()) == list(before.values())


def test_the_builds_own_published_list_does_not_count_as_a_change(tmp_path: Path) -> None:
    """A build's sources hold its own published-list addition, not a record saved while it ran."""
    # The next build must not skip that record.
    (tmp_path / "briefings").mkdir()
    record = tmp_path / "briefings" / "a.yaml"
    record.write_text("one", "utf-8")
    before = build_sources.sources(tmp_path, production=False)
    (tmp_path / layout.PUBLISHED_FILE).write_text("a\n", "utf-8")
    now = build_sources.sources_key(build_sources.sources(tmp_path, production=False))
    assert build_sources.sources_after(before, tmp_path, production=False) == now
    record.write_text("two", "utf-8")
    after = build_sources.sources_after(before, tmp_path, production=False)
    assert after == build_sources.sources_key(before)
    assert now != build_sources.sources_key(build_sources.sources(tmp_path, production=True))


def test_a_source_file_is_read_again_once_its_stat_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file read before is trusted while its stat is the same; a write changes it."""
    monkeypatch.setattr(build_sources, "_SETTLED_NS", -(10**18))  # remember even fresh files
    (tmp_path / "briefings").mkdir()
    record = tmp_path / "briefings" / "a.yaml"
    record.write_text("one", "utf-8")
    before = build_sources.sources(tmp_path, production=False)
    assert build_sources.sources(tmp_path, production=False) == before
    record.write_text("three", "utf-8")
    assert build_sources.sources(tmp_path, production=False)["briefings/a.yaml"] == (
        incremental.digest_bytes(b"three")
    )


def test_the_next_build_trusts_the_source_files_the_last_one_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kept in the state, what a build read spares the next build reading unchanged files."""
    monkeypatch.setattr(build_sources, "_SETTLED_NS", -(10**18))
    monkeypatch.setattr(build_sources, "_SOURCES_READ", {})
    (tmp_path / "briefings").mkdir()
    (tmp_path / "briefings" / "a.yaml").write_text("one", "utf-8")
    before = build_sources.sources(tmp_path, production=False)
    state = SiteState({}, {}, {}, read=build_sources.sources_read(tmp_path))
    incremental.save_state(tmp_path / "build", state)
    loaded = incremental.load_state(tmp_path / "build")
    assert loaded is not None and loaded.read == state.read and "briefings/a.yaml" in state.read
    monkeypatch.setattr(build_sources, "_SOURCES_READ", {})  # a new process
    build_sources.trust_sources_read(tmp_path, loaded.read)

    def unread(path: Path) -> str:
        raise AssertionError(f"{path} read again")

    monkeypatch.setattr(build_sources, "file_digest", unread)
    assert build_sources.sources(tmp_path, production=False) == before


@pytest.mark.slow
def test_a_template_change_or_a_hand_edited_site_makes_a_clean_build(desk: Path) -> None:
    """A template is an input of every page; a site/ file that differs cannot be trusted."""
    template = desk / "templates" / "briefing.md.j2"
    template.write_text(template.read_text("utf-8") + "\n", "utf-8")
    code, said = _build(desk)
    assert code == 0 and "clean build: changed: templates" in said, said
    (desk / "site" / "sitemap.xml").write_text("edited", "utf-8")
    code, said = _build(desk)
    assert code == 0 and "clean build: site/sitemap.xml changed since the last build" in said


@pytest.mark.slow
def test_a_failed_build_leaves_the_site_and_its_state(desk: Path) -> None:
    """A broken record stops the build: site/ and build/site-state.json are as they were."""
    state = (desk / "build" / incremental.STATE_NAME).read_bytes()
    sitemap = (desk / "site" / "sitemap.xml").read_bytes()
    broken = desk / "briefings" / "broken.yaml"
    broken.write_text("id: broken\ntitle: [unclosed\n", "utf-8")
    try:
        assert _build(desk)[0] == 1
    finally:
        broken.unlink()
    assert (desk / "build" / incremental.STATE_NAME).read_bytes() == state
    assert (desk / "site" / "sitemap.xml").read_bytes() == sitemap


@pytest.mark.slow
def test_an_unknown_engine_builds_clean(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the engine's known internals, the build is a clean one (the plain fallback)."""
    monkeypatch.setattr(compat, "KNOWN", False)
    code, said = _build(desk)
    assert code == 0 and "clean build: the engine's dirty build is not known" in said, said
