"""Every real article of ../shared/corpus ingests: a record or a located message, never a crash.

The articles are copyrighted: they are read where they lie and never copied
into the project. The test skips when the corpus is absent.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.store import read_records
from tests.conftest import SHARED, Result

CORPUS = SHARED / "corpus"
ARTICLES = sorted(p for p in CORPUS.glob("*/*") if p.is_file() and p.name != "README.md")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not ARTICLES, reason="../shared/corpus is absent"),
]


def test_whole_corpus_ingests_into_valid_records(project: Path, run: Callable[..., Result]) -> None:
    """All corpus articles (BBC, Reuters 1987, CNN .story, messy XSum) become valid records."""
    result = run("--root", project, "ingest", *ARTICLES)
    lines = result.out.splitlines()
    assert len(lines) == len(ARTICLES)
    assert [line for line in lines if ": created briefings/" not in line] == []
    files = read_records(project)
    assert len(files) == len(ARTICLES)
    assert [str(p) for f in files for p in f.problems] == []
    for file in files:
        record = file.record
        assert record is not None
        assert record["title"] and len(record["title"]) <= 300, file.rel
        assert record["body"], file.rel
    assert result.code == 0
