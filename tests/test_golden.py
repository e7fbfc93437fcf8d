"""Golden path: the sample seed -> its record -> its briefing page, byte for byte.

The golden files were reviewed by hand; after an intended change, regenerate
them with ``UPDATE_GOLDEN=1 make test`` and review the diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

from generator.extract import extract
from generator.ingest import build_record
from generator.render import render_site
from generator.seeds import read_seed
from generator.yamlio import dump_yaml
from tests.conftest import FIXTURES, ROOT

GOLDEN = FIXTURES / "golden"
SEED = ROOT / "seeds" / "000_ab3d3fa886c43d66.txt"


def _compare(actual: str, golden: Path) -> None:
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(actual, "utf-8")
    assert actual == golden.read_text("utf-8")


def _sample_record() -> dict[str, object]:
    seed, problems = read_seed(SEED, ROOT)
    assert problems == []
    (fields,) = extract([seed])
    rid = "syria-foreign-minister-visits-iraq"
    return build_record(seed, fields, rid, fields.get("date") or "2025-03-16")


def test_sample_seed_gives_the_golden_record() -> None:
    """The sample article extracts to exactly the reviewed record."""
    _compare(dump_yaml(_sample_record()), GOLDEN / "sample.yaml")


def test_sample_record_renders_the_golden_page(tmp_path: Path) -> None:
    """The reviewed record renders to exactly the reviewed briefing page."""
    record = _sample_record()
    render_site([record], tmp_path, templates_dir=ROOT / "templates", production=False)
    page = (tmp_path / "briefings" / f"{record['id']}.md").read_text("utf-8")
    _compare(page, GOLDEN / "sample.md")
