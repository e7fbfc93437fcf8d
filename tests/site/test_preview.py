"""The live preview: re-rendering edited records, its hooks and its rebuild requests."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from generator import search_index
from generator.mkdocs import build, compat, hooks, live
from generator.mkdocs.preview import Preview
from tests.site.helpers import ROOT, SAMPLE_ID, preview_project, retitle


def test_preview_rerenders_from_edited_records(tmp_path: Path) -> None:
    """Each preview render reads the records again, so an edit reaches the page."""
    root = preview_project(tmp_path)
    preview = Preview(root, production=False)
    preview.render()
    page = root / "build" / "docs" / "briefings" / f"{SAMPLE_ID}.md"
    assert "visits Baghdad" in page.read_text("utf-8")
    retitle(root, "Edited headline")
    preview.render()
    assert "# Edited headline" in page.read_text("utf-8")


def test_preview_reports_a_broken_record_and_keeps_the_rest(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A record with a YAML error is logged with its location; the other pages stay."""
    root = preview_project(tmp_path)
    preview = Preview(root, production=False)
    preview.render()
    path = root / "briefings" / f"{SAMPLE_ID}.yaml"
    path.write_text(path.read_text("utf-8") + "bad: [\n", "utf-8")
    with caplog.at_level("ERROR", logger="mkdocs.briefings"):
        preview.render()
    assert any(
        m.startswith(f"briefings/{SAMPLE_ID}.yaml:") and "YAML syntax error" in m
        for m in caplog.messages
    )
    assert (root / "build" / "docs" / "index.md").is_file()


def test_preview_banner_shows_a_broken_record_until_it_is_fixed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every page the preview serves starts with the record's problem until the record is fixed."""
    from mkdocs.livereload import LiveReloadServer

    monkeypatch.setattr(live, "PROBLEMS", live.Problems())
    root = preview_project(tmp_path)
    preview = Preview(root, production=False)
    preview.render()
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    assert compat.add_to_served_pages(server, live.PROBLEMS.banner)
    assert compat.add_to_served_pages(server, live.PROBLEMS.banner)  # once, however often asked
    page = b'<html><body class="x"><main>Page</main></body></html>'
    assert server._inject_js_into_html(page, 1).startswith(b'<html><body class="x"><main>')
    path = root / "briefings" / f"{SAMPLE_ID}.yaml"
    good = path.read_text("utf-8")
    path.write_text(good + "bad: [\n<b>x</b>\n", "utf-8")
    preview.render()
    served = server._inject_js_into_html(page, 1).decode("utf-8")
    assert served.startswith('<html><body class="x"><div class="briefings-preview-problems"')
    assert served.count('role="alert"') == 1
    assert f"briefings/{SAMPLE_ID}.yaml:" in served and "<b>x" not in served
    path.write_text(good, "utf-8")
    preview.render()
    assert b"briefings-preview-problems" not in server._inject_js_into_html(page, 1)


def test_preview_banner_counts_what_it_leaves_out() -> None:
    """A long list of problems shows the first ones and says how many more there are."""
    problems = live.Problems()
    assert problems.update([f"briefings/r{i}.yaml:1: id: bad" for i in range(25)])
    assert not problems.update([f"briefings/r{i}.yaml:1: id: bad" for i in range(25)])
    banner = problems.banner().decode("utf-8")
    assert "25 problems in the records" in banner
    assert banner.count("<li><code>") == live.Problems.SHOWN and "and 5 more" in banner


def test_preview_reports_what_check_reports(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The preview validates as `check` and `build` do: a lost published URL is logged."""
    root = preview_project(tmp_path)
    (root / "briefings" / ".published.txt").write_text("a-briefing-now-gone\n", "utf-8")
    with caplog.at_level("ERROR", logger="mkdocs.briefings"):
        Preview(root, production=False).render()
    assert any(
        m.startswith("briefings/.published.txt:1:") and "a-briefing-now-gone" in m
        for m in caplog.messages
    )
    assert (root / "build" / "docs" / "index.md").is_file()


def test_preview_starts_the_rebuild_itself_instead_of_mkdocs_polling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """on_serve stops MkDocs polling the docs folder; a render that wrote pages wakes it."""
    from mkdocs.config import load_config
    from mkdocs.livereload import LiveReloadServer

    monkeypatch.setattr(live, "REBUILDS", live.Rebuilds())
    root = preview_project(tmp_path)
    preview = Preview(root, production=False)
    preview.render()
    docs = root / "build" / "docs"
    config = load_config(config_file=str(root / "mkdocs.yml"), docs_dir=str(docs))
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(docs))
    assert hooks.on_serve(server, config, None) is server
    assert str(docs) not in server._watched_paths
    preview.render()  # nothing changed: no rebuild
    assert server._want_rebuild is False
    retitle(root, "Edited headline")
    preview.render()
    assert server._want_rebuild is True


def test_an_edited_theme_or_config_rebuilds_every_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After overrides/ or mkdocs.yml change the next rebuild redoes every page; others none."""
    # A dirty rebuild redoes only pages whose Markdown is newer than their HTML.
    from mkdocs.config import load_config
    from mkdocs.livereload import LiveReloadServer

    monkeypatch.setattr(live, "REBUILDS", live.Rebuilds())
    root = preview_project(tmp_path)
    Preview(root, production=False).render()
    docs = root / "build" / "docs"
    config = load_config(config_file=str(root / "mkdocs.yml"), docs_dir=str(docs))
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(docs))
    hooks.on_serve(server, config, None)
    assert str(root / "overrides") in server._watched_paths
    pages = sorted(docs.rglob("*.md"))
    assert len(pages) > 10

    def rebuild_after(edit: Path | None) -> set[float]:
        for page in pages:
            os.utime(page, (1e9, 1e9))  # as if long before the HTML was written
        if edit is not None:
            edit.write_text(edit.read_text("utf-8") + "\n", "utf-8")
        server.builder()
        return {page.stat().st_mtime for page in pages}

    assert rebuild_after(None) == {1e9}
    assert min(rebuild_after(root / "overrides" / "main.html")) > 1e9
    assert rebuild_after(None) == {1e9}
    assert min(rebuild_after(root / "mkdocs.yml")) > 1e9


def test_a_rebuild_waits_while_a_render_writes(tmp_path: Path) -> None:
    """The server's rebuild never runs while the preview writes pages, and runs once it ends."""
    import threading

    from mkdocs.livereload import LiveReloadServer

    rebuilds = live.Rebuilds()
    built = threading.Event()
    server = LiveReloadServer(builder=built.set, host="127.0.0.1", port=0, root=str(tmp_path))
    assert rebuilds.attach(server)
    with rebuilds.writing:
        worker = threading.Thread(target=server.builder)
        worker.start()
        assert not built.wait(0.3)
    worker.join(10)
    assert built.is_set()


def test_a_failed_rebuild_is_shown_in_the_banner_until_a_build_succeeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed rebuild never reaches MkDocs; the banner names template and line till a good one."""
    # Were it to reach MkDocs, MkDocs' server would hold every page request.
    import jinja2
    from mkdocs.livereload import LiveReloadServer

    monkeypatch.setattr(live, "PROBLEMS", live.Problems())
    failures = [jinja2.TemplateSyntaxError("Unexpected end", 7, filename="overrides/main.html")]

    def builder() -> None:
        if failures:
            raise failures.pop()

    rebuilds = live.Rebuilds()
    server = LiveReloadServer(builder=builder, host="127.0.0.1", port=0, root=str(tmp_path))
    assert rebuilds.attach(server)
    server.builder()
    banner = live.PROBLEMS.banner().decode()
    assert "The site did not build" in banner
    assert "<code>overrides/main.html:7: Unexpected end</code>" in banner
    assert "in the records" not in banner  # no record problem was reported
    server.builder()
    assert live.PROBLEMS.banner() == b""


def test_a_failed_build_without_a_template_says_what_went_wrong() -> None:
    """Any other error is one line of its message, or its type when it has none."""
    assert live.build_failure(ValueError("bad\n  value")) == "bad value"
    assert live.build_failure(KeyError()) == "KeyError"


def test_pages_open_in_a_browser_are_known_from_its_polls(tmp_path: Path) -> None:
    """Livereload polls name their page; those pages' docs files are the ones written first."""
    from mkdocs.livereload import LiveReloadServer

    rebuilds = live.Rebuilds()
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    assert rebuilds.attach(server)
    server._log_poll_request("http://127.0.0.1:8000/briefings/a-b/", request_id="1")
    server._log_poll_request("http://127.0.0.1:8000/", request_id="2")
    assert rebuilds.open_pages() == {"briefings/a-b.md", "briefings/a-b/index.md", "index.md"}


def test_showing_open_pages_first_lets_one_rebuild_run_then_resumes(tmp_path: Path) -> None:
    """show_first, from a render holding the lock, waits for a rebuild that it lets run."""
    import threading

    from mkdocs.livereload import LiveReloadServer

    rebuilds = live.Rebuilds()
    built: list[bool] = []
    server = LiveReloadServer(
        builder=lambda: built.append(True), host="127.0.0.1", port=0, root=str(tmp_path)
    )
    assert rebuilds.attach(server)

    def build_loop() -> None:  # as the server's loop: build once a rebuild is wanted
        with server._rebuild_cond:
            server._rebuild_cond.wait_for(lambda: server._want_rebuild, 10)
        server.builder()

    loop = threading.Thread(target=build_loop)
    loop.start()
    with rebuilds.writing:
        rebuilds.show_first(timeout=10)
        assert built == [True]
        assert rebuilds.writing.locked()  # the render has the lock again for the rest
    loop.join(10)


def test_preview_leaves_out_the_sitemap(tmp_path: Path) -> None:
    """The preview's MkDocs config builds no sitemap.xml (it lists every page)."""
    from mkdocs.config import load_config

    config = load_config(config_file=str(ROOT / "mkdocs.yml"), docs_dir=str(tmp_path))
    assert "sitemap.xml" in config.theme.static_templates
    hooks.on_config(config)
    assert "sitemap.xml" not in config.theme.static_templates


def test_theme_templates_compile_once_across_rebuilds() -> None:
    """A new jinja environment reuses compiled templates, and compiles an edited one afresh."""
    import jinja2

    cache = live.TemplateCodeCache()
    sources = {"page.html": "one {{ x }}"}

    def environment() -> tuple[jinja2.Environment, list[str]]:
        env = jinja2.Environment(loader=jinja2.DictLoader(sources), bytecode_cache=cache)
        compiled: list[str] = []
        original = env.compile

        def counting(source: str, name: str | None = None, filename: str | None = None) -> object:
            compiled.append(str(name))
            return original(source, name, filename)

        env.compile = counting  # type: ignore[method-assign,assignment]
        return env, compiled

    first, compiled = environment()
    assert first.get_template("page.html").render(x=1) == "one 1"
    assert compiled == ["page.html"]
    second, compiled = environment()
    assert second.get_template("page.html").render(x=2) == "one 2"
    assert compiled == []
    sources["page.html"] = "two {{ x }}"
    third, compiled = environment()
    assert third.get_template("page.html").render(x=3) == "two 3"
    assert compiled == ["page.html"]


def test_preview_indexes_search_at_a_lower_priority(monkeypatch: pytest.MonkeyPatch) -> None:
    """The background Pagefind run (and so its child process) is niced below the preview."""
    import threading

    seen: list[int] = []
    monkeypatch.setattr(
        search_index,
        "reindex_served",
        lambda site: seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id())),
    )
    indexer = live.Indexer()
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    indexer.request(Path("site"))
    assert indexer._thread is not None
    indexer._thread.join(10)
    assert seen == [min(before + 10, 19)]


def test_preview_hides_only_the_dirty_build_warning(caplog: pytest.LogCaptureFixture) -> None:
    """The preview's log leaves out the engine's dirty-build warning and keeps other warnings."""
    compat.hide_dirty_build_warning()
    compat.hide_dirty_build_warning()  # twice is once
    logger = logging.getLogger(f"{compat.LOGGER}.commands.build")
    with caplog.at_level("WARNING", logger=compat.LOGGER):
        logger.warning("A 'dirty' build is being performed, this will likely lead to ...")
        logger.warning("Doc file 'x.md' contains a link to 'y.md', not found")
    assert caplog.messages == ["Doc file 'x.md' contains a link to 'y.md', not found"]
    assert len(logger.filters) == 1


def test_build_error_names_the_mkdocs_message(tmp_path: Path) -> None:
    """A build that MkDocs refuses raises SiteBuildError carrying MkDocs' own message."""
    with pytest.raises(search_index.SiteBuildError, match="docs_dir") as error:
        build.build_site(
            ROOT, docs_dir=tmp_path / "missing", site_dir=tmp_path / "site", strict=True
        )
    assert any("isn't an existing directory" in m for m in error.value.messages)
