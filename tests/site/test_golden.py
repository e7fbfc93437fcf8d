"""Golden files: the sample record renders to Markdown pages reviewed by eye.

Set UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the
diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.site.helpers import FIXTURES, SAMPLE_ID, fixture_records
from tests.site.helpers import render as render_records

GOLDEN = FIXTURES / "golden"
PAGES = [
    f"briefings/{SAMPLE_ID}.md",
    "people/asaad-al-shaibani.md",
    "countries/iq.md",
    "index.md",
    "about.md",
]


@pytest.mark.parametrize("page", PAGES)
def test_page_matches_golden(page: str, tmp_path: Path) -> None:
    """The rendered page equals its reviewed golden file byte for byte."""
    render_records(fixture_records(hostile=False), tmp_path)
    got = (tmp_path / page).read_text("utf-8")
    golden = GOLDEN / page.replace("/", "__")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(got, "utf-8")
    assert got == golden.read_text("utf-8")
