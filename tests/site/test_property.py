"""Property: any record that validates renders and builds, and reads back as its own text."""

from __future__ import annotations

import html
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator.escape import clean_text
from generator.record import validate
from generator.yamlio import Loaded
from tests.site.helpers import build, make_record

pytestmark = pytest.mark.slow

# Markdown, HTML and Jinja punctuation, plus letters and a little non-ASCII.
_ALPHABET = st.sampled_from(
    [*"abcXYZ 019#*_-+=>!<&`~[](){}|:;.'\"\\/%$^@\n\t", "é", "ß", "中", "😀", "\u200b"]
)
_TEXT = st.text(_ALPHABET, min_size=1, max_size=40).filter(lambda s: bool(clean_text(s)))


@st.composite
def _records(draw: Any) -> dict[str, Any]:
    names = draw(st.lists(_TEXT, min_size=1, max_size=3, unique_by=clean_text))
    people = [
        {"name": n, "role": draw(st.none() | _TEXT), "aliases": draw(st.lists(_TEXT, max_size=2))}
        for n in names
    ]
    return make_record(
        "prop",
        "2025-05-06",
        title=draw(_TEXT),
        summary=draw(_TEXT),
        key_points=draw(st.lists(_TEXT, min_size=1, max_size=3)),
        people=people,
        organizations=[{"name": draw(_TEXT), "aliases": []}],
        quotes=[{"text": draw(_TEXT), "speaker": names[0]}],
        body=draw(st.text(_ALPHABET, max_size=200)),
        source={"name": draw(_TEXT), "url": "https://wire.example/a"},
    )


def _article_text(path: Path) -> str:
    raw = path.read_text("utf-8")
    return raw[raw.index("<article") : raw.index("</article>")]


def words(text: str) -> str:
    """The text as a reader sees it: cleaned, whitespace collapsed."""
    return " ".join(clean_text(text).split())


def _texts(fragment: str, tag: str) -> list[str]:
    found = re.findall(rf"<{tag}[^>]*>(.*?)</{tag}>", fragment, flags=re.S)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", f)).split()) for f in found]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_records())
def test_any_valid_record_builds_and_reads_as_written(record: dict[str, Any]) -> None:
    """A valid record builds strictly; title, summary, key points and quote read as written."""
    assume(not validate(Loaded(record), "prop.yaml", "prop"))
    with tempfile.TemporaryDirectory() as tmp:
        built = build([record], Path(tmp))
        article = _article_text(built.site / "briefings" / "prop" / "index.html")
        assert _texts(article, "h1") == [words(record["title"])]
        paragraphs = _texts(article, "p")
        assert words(record["summary"]) in paragraphs
        items = _texts(article, "li")
        for point in record["key_points"]:
            assert words(point) in items
        assert words(record["quotes"][0]["text"]) in paragraphs
        assert "<script" not in article.lower().replace("&lt;script", "")
