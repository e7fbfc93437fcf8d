"""The benchmark harness: valid synthetic records, and a whole run at a tiny N."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bench import synth
from bench.degenerate_seeds import SEEDS
from generator.record import validate
from generator.seeds import SeedError, read_seed
from generator.yamlio import dump_yaml, load_yaml

REPO = Path(__file__).resolve().parents[2]


def test_synthetic_records_are_valid_varied_and_deterministic() -> None:
    """Synthetic records validate, vary in id, title and year, and come out the same for a seed."""
    records = synth.make_records(20)
    for record in records:
        text = dump_yaml(record)
        problems = validate(load_yaml(text, "x.yaml"), "x.yaml", stem=record["id"])
        assert problems == [], problems
    assert len({r["id"] for r in records}) == 20
    assert len({r["title"] for r in records}) == 20
    assert len({r["date"][:4] for r in records}) > 3
    words = [len(r["body"].split()) for r in records]
    assert 500 < sum(words) / len(words) < 900
    assert synth.make_records(20) == records  # same seed, same records
    assert synth.make_record(7) == records[7]  # record i does not depend on N
    assert synth.make_records(3, seed=2) != records[:3]


def test_hub_sizes_are_skewed() -> None:
    """Synthetic hub sizes are skewed: one name in many briefings, and a long tail named once."""
    records = synth.make_records(300)
    counts = Counter(p["name"] for r in records for p in r["people"])
    top, *_ = counts.most_common(1)
    assert top[1] > 30  # a hub named by many briefings
    assert sum(1 for n in counts.values() if n == 1) > 20  # and a long tail


@pytest.mark.slow
def test_harness_runs_at_a_tiny_size(tmp_path: Path) -> None:
    """A whole benchmark run at N=20 builds, rebuilds nothing unchanged and reports its numbers."""
    from bench import run

    out = tmp_path / "results.json"
    code = run.main(
        [
            "--sizes",
            "20",
            "--runs",
            "1",
            "--no-pagefind",
            "--no-browser",
            "--no-ingest",
            "--work",
            str(tmp_path / "work"),
            "--json",
            str(out),
        ]
    )
    assert code == 0
    result = json.loads(out.read_text("utf-8"))["sizes"][0]
    assert result["build_ok"]
    assert result["rebuild_writes_nothing"], (result["rebuild_briefings"], result["rebuild_docs"])
    assert result["overhead_ratio"] > 0
    # Builds after a change (issue 16), unless the generator's code changed meanwhile.
    edit = result["edit"]
    assert edit["ok"], edit.get("error")
    if "changed: generator code" not in str(edit["said"]):
        assert edit["by_piece"] and edit["said"][1].startswith("MkDocs built "), edit
        assert "nothing changed since the last build" in result["rebuild_said"][0]
    assert result["pages_site"]["briefing_html_median_bytes"] > 0


def test_ingest_bench_says_which_seeds_it_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the shared corpus the ingest bench times the project's own seeds and says so."""
    from bench import bench_ingest

    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    (project / "seeds" / "one.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    monkeypatch.setattr(bench_ingest, "ROOT", project)
    paths, source = bench_ingest.seed_paths()
    assert paths == [project / "seeds" / "one.txt"]
    assert source == f"seeds/ and eval/articles ({tmp_path / 'shared' / 'corpus'} is absent)"
    (tmp_path / "shared" / "corpus" / "bbc").mkdir(parents=True)
    (tmp_path / "shared" / "corpus" / "bbc" / "a.txt").write_text("T\n\nB.\n", encoding="utf-8")
    paths, source = bench_ingest.seed_paths()
    assert paths == [tmp_path / "shared" / "corpus" / "bbc" / "a.txt"]
    assert source.startswith(f"{tmp_path / 'shared' / 'corpus'} (bbc,")


def test_every_degenerate_seed_is_read_not_skipped(tmp_path: Path) -> None:
    """Each degenerate text seed is read as ingest reads it, so the bench times its extraction."""
    refused = []
    for name, text in SEEDS.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text + "\n", "utf-8")
        try:
            read_seed(path, tmp_path)
        except SeedError:
            refused.append(name)
    assert refused == []
