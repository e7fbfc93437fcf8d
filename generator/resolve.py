"""Settling ingest conflicts: an editor's record whose seed changed since.

A conflict is a record an editor changed whose seed then changed too; ingest keeps
the editor's file whole and writes the record it would have made to
``briefings/.proposed/<id>.yaml``. It is settled in one of three ways, none of which
loses the editor's work:

* ``briefings resolve ID --keep-mine``: the editor's record stands for the new seed
  (the manifest takes the new seed's hash; the proposal is removed);
* ``briefings resolve ID --take-theirs``: the proposal replaces the record, atomically;
* by hand: a record that holds the new seed already (the proposal copied over it, its
  ``seed.sha256`` set to the new hash, or its ``body`` the new seed's text) is seen as
  settled by the next ingest.

It also finds a record an editor renamed (file name and ``id``), by its ``seed.path``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from generator import layout
from generator.atomic import project_lock, write_atomic
from generator.layout import PROPOSED_DIR, record_name
from generator.problems import UsageError
from generator.project import Project
from generator.store import (
    Manifest,
    ManifestEntry,
    load_manifest,
    record_paths,
    save_manifest,
    sha256_bytes,
)
from generator.yamlio import load_yaml


def proposal_path(folder: Path, rid: str) -> Path:
    """Ingest's proposal for record ``rid`` of the briefings folder ``folder``."""
    return folder / PROPOSED_DIR / record_name(rid)


def _mapping(data: bytes) -> dict[str, Any]:
    try:
        loaded = load_yaml(data.decode("utf-8"), "record")
    except UnicodeDecodeError:
        return {}
    return loaded.data if isinstance(loaded.data, dict) else {}


def _seed_hash(record: dict[str, Any]) -> str | None:
    seed = record.get("seed")
    value = seed.get("sha256") if isinstance(seed, dict) else None
    return value if isinstance(value, str) else None


def _words(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def settled_by_hand(
    folder: Path, rid: str, seed_sha256: str, seed_text: str, manifest: Manifest
) -> str | None:
    """Why the edited record ``rid`` already holds the changed seed, or None if it does not.

    When it does, the manifest takes the new seed's hash (and, for a proposal copied
    over the record byte for byte, the record's hash: it is the generator's again),
    and the proposal, now redundant, is removed.
    """
    try:
        data = (folder / record_name(rid)).read_bytes()
    except OSError:
        return None
    proposal = proposal_path(folder, rid)
    try:
        copied = proposal.read_bytes() == data
    except OSError:
        copied = False
    record = _mapping(data)
    if copied:
        why = "the proposed record was copied over it"
    elif _seed_hash(record) == seed_sha256:
        why = "its seed.sha256 is the new seed's"
    elif _words(record.get("body")) and _words(record.get("body")) == _words(seed_text):
        why = "its body is the new seed's text"
    else:
        return None
    entry = manifest.entries[rid]
    record_sha256 = sha256_bytes(data) if copied else entry.record_sha256
    manifest.entries[rid] = ManifestEntry(record_sha256, entry.seed_path, seed_sha256)
    with contextlib.suppress(FileNotFoundError):
        proposal.unlink()
    return f"conflict settled: {why}"


def renamed_record(folder: Path, seed_path: str, manifest: Manifest) -> str | None:
    """The id of a record that names ``seed_path`` but is not in the manifest (renamed)."""
    known = set(manifest.entries)
    needle = f"path: {seed_path}"
    for path in record_paths(folder):
        if path.stem in known:
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if needle.encode("utf-8") not in data:
            continue  # cheap test first: most records name another seed
        seed = _mapping(data).get("seed")
        if isinstance(seed, dict) and seed.get("path") == seed_path:
            return path.stem
    return None


def resolve(project: Project, rid: str, *, keep_mine: bool) -> str:
    """Settle the conflict of record ``rid``; returns the line to print."""
    folder = project.briefings
    record_rel = layout.record_file(rid)
    proposal = proposal_path(folder, rid)
    proposal_rel = layout.proposal_file(rid)
    with project_lock(folder):
        manifest = load_manifest(folder)
        entry = manifest.entries.get(rid)
        if entry is None:
            raise UsageError(f"{record_rel}: not made by ingest, so it has no conflict to settle")
        try:
            proposed = proposal.read_bytes()
        except FileNotFoundError:
            raise UsageError(
                f"{record_rel}: no conflict to settle ({proposal_rel} does not exist; "
                "'briefings ingest' writes it when a seed changes under an edited record)"
            ) from None
        new_seed = _seed_hash(_mapping(proposed))
        if new_seed is None:
            raise UsageError(f"{proposal_rel}: no seed.sha256; run 'briefings ingest' again")
        if keep_mine:
            if not (folder / record_name(rid)).exists():
                raise UsageError(f"{record_rel}: no such file; use --take-theirs to restore it")
            manifest.entries[rid] = ManifestEntry(entry.record_sha256, entry.seed_path, new_seed)
            message = f"{record_rel}: kept yours; it now stands for the changed seed"
        else:
            write_atomic(folder / record_name(rid), proposed)
            manifest.entries[rid] = ManifestEntry(sha256_bytes(proposed), entry.seed_path, new_seed)
            message = f"{record_rel}: replaced by the proposed record"
        save_manifest(folder, manifest)
        proposal.unlink()
        with contextlib.suppress(OSError):
            proposal.parent.rmdir()  # only when no other proposal waits
    return message
