"""Builds that cost what changed: what the last build of site/ was made from, and what it keeps.

A built page is a function of its Markdown and of the build's inputs: the
templates, ``overrides/``, ``mkdocs.yml`` (with the environment variables it
reads), the installed packages (theme, engine, Markdown, Pagefind), the
generator's own code and the build's options. The navigation is static
(mkdocs.yml lists the hubs only), so no page's HTML depends on another page's
Markdown: only on which files exist, for the links it resolves.

So a successful build records, in ``build/site-state.json``, a digest of each
of those inputs, each docs file's digest and the site file it became, the size
of every file of the site, and the search index's batches. The next build with
the same inputs has MkDocs build only the docs files whose bytes changed (or
that link to a file that appeared or went, see :class:`Changes`), and takes every
other file of the new site from the old one as it is (hard links). A change of
any input, a site that is not what the state says, or no state: a clean build.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import json
import marshal
import os
import posixpath
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import generator
from generator.atomic import write_atomic
from generator.docswriter import FileStat

STATE_NAME = "site-state.json"
_VERSION = 1
#: The search index's folder in the site: its bundles are kept batch by batch
#: (generator.incremental_search), never file by file.
SEARCH_FOLDER = "pagefind"

#: docs path -> (digest of its bytes, site path MkDocs made of it)
DocsFiles = dict[str, tuple[str, str]]


def digest_bytes(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def value_digest(value: Any) -> str:
    """A digest of a plain value: marshal's version 2 writes equal values as equal bytes
    (no references to objects met before, no interned strings), and only equal ones.
    Raises ValueError for a value marshal cannot write."""
    return digest_bytes(marshal.dumps(value, 2))


def tree_digest(folder: Path, pattern: str = "*") -> str:
    parts = [
        (path.relative_to(folder).as_posix(), digest_bytes(path.read_bytes()))
        for path in sorted(folder.rglob(pattern))
        if path.is_file() and "__pycache__" not in path.parts
    ]
    return digest_bytes(repr(parts).encode("utf-8", "surrogatepass"))


@functools.cache
def code_digest() -> str:
    """The digest of the generator's own files (code and data), taken once per process:
    the code a process runs does not change under it. Builds, the page cache and the
    records cache all key on it."""
    return tree_digest(Path(generator.__file__).parent)


def file_digest(path: Path) -> str:
    """The digest of the file's bytes, or "absent" when it cannot be read."""
    try:
        return digest_bytes(path.read_bytes())
    except OSError:
        return "absent"


_ENV_TAG = re.compile(r"!ENV\s+\[?\s*([^\]\n]+)")


def _config_environment(config_text: str) -> list[tuple[str, str | None]]:
    """The environment variables mkdocs.yml reads (``!ENV``) and their values now."""
    names: set[str] = set()
    for found in _ENV_TAG.findall(config_text):
        names.update(
            n.strip() for n in found.split(",") if re.fullmatch(r"[A-Za-z_]\w*", n.strip())
        )
    return [(name, os.environ.get(name)) for name in sorted(names)]


def _packages() -> str:
    """Every installed distribution and its version: the theme, the engine, Markdown, Pagefind."""
    found = sorted(
        (str(d.metadata["Name"] or "").lower(), d.version)
        for d in importlib.metadata.distributions()
    )
    return digest_bytes(repr((sys.version_info[:3], found)).encode())


def build_inputs(root: Path, *, strict: bool, engine: str) -> dict[str, str]:
    """A digest of each input a change of which rebuilds every page, by name."""
    config = root / "mkdocs.yml"
    try:
        config_text = config.read_text("utf-8")
    except OSError:
        config_text = ""
    return {
        "templates": tree_digest(root / "templates") if (root / "templates").is_dir() else "",
        "overrides": tree_digest(root / "overrides") if (root / "overrides").is_dir() else "",
        "mkdocs.yml": file_digest(config)
        + digest_bytes(repr(_config_environment(config_text)).encode()),
        "packages": _packages(),
        "engine": engine,
        "generator code": code_digest(),
        "options": repr({"strict": strict}),
    }


@dataclass
class SiteState:
    """What the site folder was built from (see the module's docstring)."""

    inputs: dict[str, str]
    docs: DocsFiles
    #: site path -> size in bytes, for every file of the site
    site: dict[str, int]
    #: generator.incremental_search.SearchState, as JSON
    search: dict[str, object] = field(default_factory=dict)
    #: sources_key() of what the site was built from
    sources: str = ""
    #: source path -> its stat and digest when the build read it (see ``sources_read``)
    read: dict[str, tuple[FileStat, str]] = field(default_factory=dict)


def state_path(build_dir: Path) -> Path:
    return build_dir / STATE_NAME


def load_state(build_dir: Path) -> SiteState | None:
    """The state the last build left, or None when there is none or it cannot be read."""
    try:
        saved = json.loads(state_path(build_dir).read_text("utf-8"))
        if saved.get("version") != _VERSION:
            return None
        return SiteState(
            inputs={str(k): str(v) for k, v in saved["inputs"].items()},
            docs={str(k): (str(v[0]), str(v[1])) for k, v in saved["docs"].items()},
            site={str(k): int(v) for k, v in saved["site"].items()},
            search=dict(saved["search"]),
            sources=str(saved.get("sources", "")),
            read={
                str(k): ((int(v[0]), int(v[1]), int(v[2]), int(v[3])), str(v[4]))
                for k, v in saved.get("read", {}).items()
            },
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None


def save_state(build_dir: Path, state: SiteState) -> None:
    # One line per file: diffable, and quick to write at 10,000 briefings.
    def lines(mapping: dict[str, object]) -> str:
        return ",\n".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(mapping.items()))

    read: dict[str, object] = {path: [*stat, digest] for path, (stat, digest) in state.read.items()}
    text = (
        f'{{"version": {_VERSION},\n"inputs": {json.dumps(state.inputs, sort_keys=True)},\n'
        f'"search": {json.dumps(state.search, sort_keys=True)},\n'
        f'"sources": {json.dumps(state.sources)},\n'
        f'"read": {{\n{lines(read)}\n}},\n'
        f'"docs": {{\n{lines(dict(state.docs))}\n}},\n'
        f'"site": {{\n{lines(dict(state.site))}\n}}}}\n'
    )
    build_dir.mkdir(parents=True, exist_ok=True)
    write_atomic(state_path(build_dir), text.encode("utf-8"), durable=False)


def forget_state(build_dir: Path) -> None:
    """No state: the next build is a clean one (the site is about to change under it)."""
    with contextlib.suppress(FileNotFoundError):
        state_path(build_dir).unlink()


def site_files(site: Path) -> dict[str, int]:
    """Every file of ``site`` with its size (a symbolic link to a folder is not followed)."""
    found: dict[str, int] = {}

    def walk(folder: str, prefix: str) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not entry.is_dir():
                    found[prefix + entry.name] = entry.stat().st_size
                elif not entry.is_symlink():
                    walk(entry.path, f"{prefix}{entry.name}/")

    if site.is_dir():
        walk(str(site), "")
    return found


def usable_state(
    build_dir: Path, site: Path, inputs: dict[str, str]
) -> tuple[SiteState | None, str]:
    """The last build's state if this build may start from it; else None and why not."""
    state = load_state(build_dir)
    if state is None:
        return None, "no earlier build recorded"
    changed = sorted(
        name
        for name in inputs.keys() | state.inputs.keys()
        if inputs.get(name) != state.inputs.get(name)
    )
    if changed:
        return None, f"changed: {', '.join(changed)}"
    folder = f"{site}{os.sep}"
    for rel, size in state.site.items():
        try:
            if os.stat(folder + rel).st_size != size:
                return None, f"{site.name}/{rel} changed since the last build"
        except OSError:
            return None, f"{site.name}/{rel} is missing"
    return state, ""


def digest_docs(docs_dir: Path, paths: Iterable[str]) -> dict[str, str]:
    """The digest of each docs file of ``paths``."""
    return {path: file_digest(docs_dir / path) for path in paths}


# --- which pages MkDocs builds again ---------------------------------------------------

# Markdown link targets: inline ``](target)`` and reference definitions ``[x]: target``.
_LINKS = re.compile(rb"\]\(\s*<?([^)\s>]+)|^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)", re.MULTILINE)


def _link_targets(page: str, data: bytes) -> set[str]:
    """The docs paths the Markdown ``data`` of docs file ``page`` links to."""
    folder = posixpath.dirname(page)
    targets = set()
    for inline, reference in _LINKS.findall(data):
        raw = (inline or reference).decode("utf-8", "replace")
        target = unquote(raw.split("#", 1)[0].split("?", 1)[0])
        if not target or ":" in target or target.startswith("/"):
            continue
        targets.add(posixpath.normpath(posixpath.join(folder, target)))
    return targets


class Changes:
    """Decides, in MkDocs' process, which docs files it builds again.

    A file is built again when its bytes differ from those the last build was
    made from; when the navigation names it (every page shows the titles the
    navigation's pages may give themselves, read only from a page built); or (a
    Markdown page) when it links to a docs file that appeared or went since:
    MkDocs resolves such a link only when the target exists, so the same
    Markdown can make other HTML. ``wait(path)`` returns once the render has
    written ``path``.
    """

    def __init__(
        self,
        docs_dir: Path,
        previous: DocsFiles,
        wait: Callable[[str], None],
        old_site: Path | None = None,
    ) -> None:
        self.docs_dir = docs_dir
        self.old_site = old_site
        self.previous = previous
        self.wait = wait
        self.digests: dict[str, str] = {}
        self._decided: dict[str, bool] = {}
        #: Docs files built again whatever their bytes (the pages the navigation names)
        self.always: set[str] = set()
        self._appeared_or_went: set[str] = set()
        self._names: re.Pattern[bytes] | None = None

    def listed(self, paths: Iterable[str]) -> None:
        """The render's list of docs files (before any ``modified``)."""
        now = set(paths)
        changed = now.symmetric_difference(self.previous)
        self._appeared_or_went = changed
        names = sorted({posixpath.basename(path).encode() for path in changed})
        # A quick look for the names first: only a page that holds one is parsed for links.
        self._names = re.compile(b"|".join(map(re.escape, names))) if names else None

    def modified(self, path: str) -> bool:
        """Whether MkDocs builds ``path`` again (decided once, on first asking)."""
        decided = self._decided.get(path)
        if decided is None:
            decided = self._decide(path)
            self._decided[path] = decided
        return decided

    def _decide(self, path: str) -> bool:
        self.wait(path)
        try:
            data = (self.docs_dir / path).read_bytes()
        except OSError:
            return True  # MkDocs reports the missing file
        digest = digest_bytes(data)
        self.digests[path] = digest
        before = self.previous.get(path)
        if before is None or before[0] != digest or path in self.always:
            return True
        if self._names is None or not path.endswith(".md") or not self._names.search(data):
            return False
        return not _link_targets(path, data).isdisjoint(self._appeared_or_went)

    def kept(self, source: str, dest: str) -> bool:
        """Whether the last build's site holds at ``dest`` the bytes of file ``source``
        (the theme's assets): then it is linked from there rather than copied again."""
        if self.old_site is None:
            return False
        try:
            old = self.old_site / dest
            if old.stat().st_size != os.stat(source).st_size:
                return False
            return old.read_bytes() == Path(source).read_bytes()
        except OSError:
            return False

    @property
    def rebuilt(self) -> list[str]:
        """The docs files decided to be built again, so far."""
        return sorted(path for path, again in self._decided.items() if again)
