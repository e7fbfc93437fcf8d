"""Unusual seeds: no body, punctuation only, very long text, messy real articles."""

from __future__ import annotations

from pathlib import Path

from generator.extract import MAX_NLP_CHARS, extract, nlp_text
from generator.record import ordered, validate
from generator.seeds import Seed, read_seed
from generator.yamlio import Loaded


def _valid(fields: dict[str, object]) -> list[object]:
    record = ordered({"id": "x", "status": "draft", "seed": None, **fields, "date": "2020-01-01"})
    return list(validate(Loaded(data=record), "x.yaml", "x"))


def test_title_only_seed_gives_empty_fields_that_validate() -> None:
    """A seed with a title and no body gives no points, no entities, and a valid record."""
    seed = Seed(path="x.md", sha256="0" * 64, title="Only a title", paragraphs=())
    fields = extract([seed])[0]
    assert fields["title"] == "Only a title"
    assert fields["key_points"] == [] and fields["people"] == [] and fields["summary"] == ""
    assert _valid(fields) == []


def test_punctuation_only_body_does_not_fail() -> None:
    """A body of punctuation still gives a title and valid fields."""
    seed = Seed(path="x.txt", sha256="0" * 64, title=None, paragraphs=("...",))
    fields = extract([seed])[0]
    assert fields["title"] and _valid(fields) == []


def test_very_long_seed_is_parsed_up_to_the_cap_and_kept_whole() -> None:
    """The parser reads at most MAX_NLP_CHARS (whole paragraphs); the body keeps everything."""
    paragraph = "The minister said the talks in Baghdad went well. " * 20
    seed = Seed(path="x.txt", sha256="0" * 64, title=None, paragraphs=(paragraph.strip(),) * 400)
    text = nlp_text(seed)
    assert len(text) <= MAX_NLP_CHARS and text.endswith("went well.")
    assert len(seed.text) > 4 * MAX_NLP_CHARS


def test_messy_lower_case_articles_degrade_gracefully(corpus: Path) -> None:
    """The glued, lower-case XSum articles give titles, points and valid records."""
    paths = sorted((corpus / "xsum").glob("*.txt"))[:12]
    seeds = [read_seed(p, corpus)[0] for p in paths]
    for seed, fields in zip(seeds, extract(seeds), strict=True):
        assert fields["title"] and len(fields["title"]) <= 100, seed.path
        assert "Share this with" not in " ".join(fields["key_points"])
        assert _valid(fields) == [], seed.path
