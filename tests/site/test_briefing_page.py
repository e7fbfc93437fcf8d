"""A briefing page as a reader meets it: empty sections say so, related briefings say why."""

from __future__ import annotations

from pathlib import Path

from tests.site.helpers import make_record, person, place
from tests.site.helpers import render as render_records


def _page(folder: Path, record_id: str) -> str:
    return (folder / "briefings" / f"{record_id}.md").read_text("utf-8")


def test_empty_sections_say_so_instead_of_vanishing(tmp_path: Path) -> None:
    """A record without source, key points, people, places, quotes or kin says so per section."""
    bare = make_record("bare", "2025-01-02", source={"name": None, "url": None}, key_points=[])
    render_records([bare], tmp_path)
    text = _page(tmp_path, "bare")
    for heading, note in (
        ("", "No source given"),
        ("## Key points", "No key points drawn from this article."),
        ("## Who's who", "No people named in this article."),
        ("## Quotes", "No direct quotes in this article."),
        ("## Related briefings", "No other briefing names the same people"),
    ):
        assert heading in text and note in text, note
        assert text.index(heading) < text.index(note)
    # Notes are not words of the briefing for search.
    assert 'class="briefing-empty" data-pagefind-ignore="all">No direct quotes' in text


def test_full_sections_carry_no_empty_notes(tmp_path: Path) -> None:
    """A record with people, a place, a quote and a related briefing shows no empty note there."""
    full = make_record(
        "full",
        "2025-01-02",
        people=[person("Ann Lee")],
        places=[place("Lagos", "city", "NG")],
        quotes=[{"text": "We will build it.", "speaker": "Ann Lee"}],
    )
    kin = make_record("kin", "2025-01-01", people=[person("Ann Lee")])
    render_records([full, kin], tmp_path)
    text = _page(tmp_path, "full")
    assert "No people named" not in text and "No direct quotes" not in text
    assert "No other briefing" not in text and "No source given" not in text
    assert "No organizations, places or groups" not in text
    assert "also about Ann Lee</span>" in text
