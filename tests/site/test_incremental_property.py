"""Property: after any edits, adds, deletions and renames, a build by the piece is a clean build.

Byte for byte, every file of site/: pages, sitemap.xml, feeds, briefings.json and
the search index (in batches of 2 briefings, so that several bundles are kept or
indexed again).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.commands import cmd_build
from generator.project import Project
from generator.yamlio import dump_yaml
from tests.conftest import ROOT
from tests.site.helpers import make_record, named, person, place

pytestmark = pytest.mark.slow

_PEOPLE = [person("Ana Ruiz", "minister"), person("Bo Lind"), person("Cy Odell", "mayor")]
_PLACES = [place("Iraq", "country", "IQ"), place("Chile", "country", "CL")]
_ORGS = [named("Harbour Board"), named("Rail Union")]
_WORDS = ["harbour", "strike", "budget", "flood", "talks", "vote"]


def _record(number: int, variant: int) -> dict[str, Any]:
    """Record ``number`` in its ``variant``-th wording: people, places and words vary with it."""
    return make_record(
        f"story-{number}",
        f"2025-0{1 + variant % 3}-1{number % 10}",
        title=f"Story {number}: {_WORDS[(number + variant) % len(_WORDS)]} news",
        summary=f"A {_WORDS[variant % len(_WORDS)]} summary of story {number}.",
        people=[_PEOPLE[(number + variant) % 3]],
        places=[_PLACES[(number * variant) % 2]],
        organizations=[_ORGS[variant % 2]] if variant % 3 else [],
        topics=["politics"] if (number + variant) % 2 else ["economy, business and finance"],
        body=f"Story {number} tells of the {_WORDS[variant % len(_WORDS)]}.\n",
    )


def _write(root: Path, record: dict[str, Any]) -> None:
    (root / "briefings" / f"{record['id']}.yaml").write_text(dump_yaml(record), "utf-8")


def _project(root: Path, count: int) -> Path:
    root.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("templates", "overrides"):
        shutil.copytree(ROOT / folder, root / folder)
    (root / "briefings").mkdir()
    (root / "seeds").mkdir()
    for number in range(count):
        _write(root, _record(number, 0))
    return root


def _build(root: Path) -> str:
    """`briefings build --strict`; what it said on stderr."""
    # Only the build is compared here: a deleted briefing's URL is allowed to go.
    (root / "briefings" / ".published.txt").unlink(missing_ok=True)
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        code = cmd_build(Project(root), strict=True, production=False)
    assert code == 0, said.getvalue()
    return said.getvalue()


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _folders(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_dir()}


@contextlib.contextmanager
def _batches_of_two() -> Iterator[None]:
    before = os.environ.get("BRIEFINGS_PAGEFIND_BATCH")
    os.environ["BRIEFINGS_PAGEFIND_BATCH"] = "2"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("BRIEFINGS_PAGEFIND_BATCH")
        else:
            os.environ["BRIEFINGS_PAGEFIND_BATCH"] = before


_EDIT = st.tuples(st.just("edit"), st.integers(0, 9), st.integers(1, 5))
_ADD = st.tuples(st.just("add"), st.integers(10, 14), st.integers(0, 5))
_DELETE = st.tuples(st.just("delete"), st.integers(0, 9), st.just(0))
_RENAME = st.tuples(st.just("rename"), st.integers(0, 9), st.integers(20, 24))
# A word retyped to as many bytes with the file's times put back: only its bytes say
# that it changed (the records cache under build/ must not go by size and time).
_RETYPE = st.tuples(st.just("retype"), st.integers(0, 9), st.just(0))
_STEP = st.lists(st.one_of(_EDIT, _ADD, _DELETE, _RENAME, _RETYPE), min_size=1, max_size=3)


def _apply(root: Path, operation: tuple[str, int, int]) -> None:
    kind, number, other = operation
    path = root / "briefings" / f"story-{number}.yaml"
    if kind in ("add", "edit") and (kind == "add") != path.exists():
        _write(root, _record(number, other))  # a new record, or a new wording of one
    elif kind == "delete":
        path.unlink(missing_ok=True)
    elif kind == "retype" and path.exists():
        stat = path.stat()
        text = path.read_text("utf-8")
        was, now = ("Story ", "Stork ") if "Story " in text else ("Stork ", "Story ")
        path.write_text(text.replace(was, now, 1), "utf-8")
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    elif (
        kind == "rename"
        and path.exists()
        and not (root / "briefings" / f"story-{other}.yaml").exists()
    ):
        record = _record(number, 1)
        record.update(id=f"story-{other}", redirect_from=[f"story-{number}"])
        path.unlink()
        _write(root, record)


@settings(
    max_examples=4,
    deadline=None,
    derandomize=True,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),  # each example costs builds: no shrinking
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(steps=st.lists(_STEP, min_size=1, max_size=2))
def test_a_build_by_the_piece_is_byte_for_byte_a_clean_build(
    tmp_path_factory: pytest.TempPathFactory, steps: list[list[tuple[str, int, int]]]
) -> None:
    """Random edits, adds, deletions, renames and retypes, built by the piece, equal a clean one."""
    base = tmp_path_factory.mktemp("incremental")
    root = _project(base / "desk", 8)
    with _batches_of_two():
        _build(root)
        for number, step in enumerate(steps):
            for operation in step:
                _apply(root, operation)
            said = _build(root)
            # Another change of the generator's code while the test runs (a developer's
            # editor) makes a clean build, which is right: the build then says so.
            assert "building what changed" in said or "changed: generator code" in said, said
            clean = base / f"clean-{number}"
            clean.mkdir()
            for name in ("mkdocs.yml", "templates", "overrides", "briefings", "seeds"):
                source = root / name
                copy = shutil.copytree if source.is_dir() else shutil.copy
                copy(source, clean / name)
            _build(clean)
            ours, theirs = _tree(root / "site"), _tree(clean / "site")
            assert sorted(ours.keys() ^ theirs.keys()) == []
            assert [path for path in ours if ours[path] != theirs[path]] == []
            assert _folders(root / "site") == _folders(clean / "site")
