"""Two full builds of the same project give the same bytes, and pass our site check."""

from __future__ import annotations

import gzip
import hashlib
import importlib.metadata
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.mkdocs.engine import chosen
from generator.sitecheck import check_built_site
from generator.store import load_records
from tests.conftest import FIXTURES, ROOT

pytestmark = pytest.mark.slow

EPOCH = 1_742_000_000  # 2025-03-15 00:53:20 UTC, a fixed "last commit"
RECORDS = FIXTURES / "site" / "records"


@dataclass(frozen=True)
class Build:
    """One built copy of the project."""

    root: Path
    site: Path
    production: bool


def needs_renderer() -> None:
    if importlib.util.find_spec("generator.render") is None:
        pytest.skip("generator.render does not exist yet: there is no site to build")
    if not (ROOT / "mkdocs.yml").is_file() or not (ROOT / "templates").is_dir():
        pytest.skip("mkdocs.yml or templates/ missing: there is no site to build")


def make_project(root: Path, mtime: int) -> Path:
    """A copy of the project's site config and templates, with the fixture records."""
    root.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("templates", "overrides"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, root / folder)
    shutil.copytree(RECORDS, root / "briefings")
    (root / "seeds").mkdir()
    # Builds must not depend on files' modification times: give each copy its own.
    for path in root.rglob("*"):
        os.utime(path, (mtime, mtime))
    return root


def build(root: Path, *, production: bool, hash_seed: str, tz: str) -> Build:
    """`briefings build --strict` in a fresh process, with a fixed SOURCE_DATE_EPOCH."""
    env = {
        **os.environ,
        "SOURCE_DATE_EPOCH": str(EPOCH),
        # A different hash seed and time zone per build: set order and local time must not leak.
        "PYTHONHASHSEED": hash_seed,
        "TZ": tz,
    }
    env.pop("BRIEFINGS_SITE_URL", None)
    args = [sys.executable, "-m", "generator", "--root", str(root), "build", "--strict"]
    if production:
        args.append("--production")
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return Build(root, root / "site", production)


def digests(site: Path) -> dict[str, str]:
    """sha256 of every file of a built site, by site-relative path."""
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def gzip_mtime(path: Path) -> int:
    """The MTIME field of a gzip header (bytes 4-8, little-endian)."""
    header = path.read_bytes()[:10]
    assert header[:2] == b"\x1f\x8b", f"{path} is not gzip"
    mtime: int = struct.unpack("<I", header[4:8])[0]
    return mtime


@pytest.fixture(scope="module", params=[False, True], ids=["local", "production"])
def two_builds(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Build, Build]:
    """The same project built twice in different folders, processes, times and zones."""
    needs_renderer()
    production: bool = request.param
    base = tmp_path_factory.mktemp("repro")
    first = make_project(base / "first", mtime=1_000_000_000)
    second = make_project(base / "elsewhere" / "second", mtime=1_900_000_000)
    return (
        build(first, production=production, hash_seed="1", tz="UTC"),
        build(second, production=production, hash_seed="2", tz="Asia/Tokyo"),
    )


def test_two_builds_are_byte_identical(two_builds: tuple[Build, Build]) -> None:
    """Every file of site/ has the same sha256 in both builds, and no file is extra."""
    first, second = (digests(b.site) for b in two_builds)
    assert first, "the build wrote no files"
    assert sorted(first) == sorted(second)
    differing = sorted(rel for rel in first if first[rel] != second[rel])
    assert differing == []


def test_gzip_files_carry_no_build_time(two_builds: tuple[Build, Build]) -> None:
    """Each .gz file has the same header time in both builds, taken from SOURCE_DATE_EPOCH."""
    first, second = two_builds
    gz_files = sorted(p.relative_to(first.site) for p in first.site.rglob("*.gz"))
    assert gz_files, "expected sitemap.xml.gz"
    for rel in gz_files:
        assert gzip_mtime(first.site / rel) == gzip_mtime(second.site / rel)
        # MkDocs dates the sitemap by the day of SOURCE_DATE_EPOCH (midnight UTC).
        assert gzip_mtime(first.site / rel) == EPOCH - EPOCH % 86_400
        plain = first.site / rel.with_suffix("")
        if plain.is_file():
            assert gzip.decompress((first.site / rel).read_bytes()) == plain.read_bytes()


def test_built_site_passes_sitecheck(two_builds: tuple[Build, Build]) -> None:
    """The real build of the fixture records has no broken link, feed, page or hub problem."""
    built = two_builds[0]
    records, problems = load_records(built.root)
    assert problems == []
    assert any(r["status"] == "draft" for r in records), "the fixture should include a draft"
    assert check_built_site(built.site, records, production=built.production) == []


GOLDEN_SITE = FIXTURES / "site" / "golden-site"
GENERATOR_TAG = re.compile(rb'<meta name="generator" content="mkdocs-[^,"]*,')


def digests_as_mkdocs_builds(site: Path) -> dict[str, str]:
    """digests() of a site built by another engine, its pages' generator tag made MkDocs'.

    ProperDocs writes "mkdocs-ProperDocs 1.6.7" where MkDocs writes "mkdocs-1.6.1" in every
    HTML page's generator meta tag; no other byte of the site differs.
    """
    tag = f'<meta name="generator" content="mkdocs-{importlib.metadata.version("mkdocs")},'
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(
            GENERATOR_TAG.sub(tag.encode(), path.read_bytes())
            if path.suffix == ".html"
            else path.read_bytes()
        ).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def test_site_matches_its_golden_digests(two_builds: tuple[Build, Build]) -> None:
    """Every file of the built fixture site has the sha256 reviewed in the golden list."""
    # Catches any change to the built site's bytes, e.g. from a refactoring that should
    # change none. After an intended change (or a new MkDocs, Material or Pagefind) set
    # UPDATE_GOLDEN=1, then review the site's diff before committing the new list. The list
    # is MkDocs' (the default engine): a ProperDocs build must match it but for the tag
    # naming the generator, and never rewrites it.
    built = two_builds[0]
    by_mkdocs = chosen() == "mkdocs"
    got = digests(built.site) if by_mkdocs else digests_as_mkdocs_builds(built.site)
    golden = GOLDEN_SITE / ("production.sha256" if built.production else "local.sha256")
    if os.environ.get("UPDATE_GOLDEN") and by_mkdocs:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text("".join(f"{digest}  {rel}\n" for rel, digest in got.items()), "utf-8")
    lines = golden.read_text("utf-8").splitlines()
    want = {rel: digest for digest, rel in (line.split("  ", 1) for line in lines)}
    assert sorted(got) == sorted(want)
    assert sorted(rel for rel in got if got[rel] != want[rel]) == []
