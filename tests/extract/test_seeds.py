"""Reading seeds: front matter, titles, datelines, source trailers, encodings, furniture."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.extract import nlp_text
from generator.seeds import Seed, SeedError, find_dateline, read_seed
from tests.extract.conftest import FIXTURES, ROOT, SAMPLE


def test_front_matter_overrides_title_source_and_topics(seed_of: Callable[[str], Seed]) -> None:
    """Front matter title, source and topics win over what the text says."""
    seed = seed_of("front_matter.md")
    assert seed.title == "Ministers meet on water rights"
    assert (seed.source_name, seed.source_url) == ("Al Jazeera", "https://aljazeera.com")
    assert seed.front_matter["topics"] == ["environment", "politics"]


def test_markdown_title_is_first_h1_and_markup_is_stripped(
    seed_of: Callable[[str], Seed],
) -> None:
    """A Markdown seed's first # heading is its title; list items and emphasis become plain text."""
    seed = seed_of("heading.md")
    assert seed.title == "Farmers count the cost of the drought"
    assert "Wheat output fell by a third." in seed.paragraphs
    front = seed_of("front_matter.md")
    assert "Officials said the talks would continue in Baghdad next month." in front.paragraphs


def test_txt_headline_and_source_trailer(seed_of: Callable[[str], Seed]) -> None:
    """A short first line is the headline; the Original Source trailer gives name and https URL."""
    seed = seed_of("headline.txt")
    assert seed.title == "Farmers count the cost of the drought"
    assert seed.source_name == "The New Arab"
    assert seed.source_url == "https://www.newarab.com"
    assert not any("Original Source" in p for p in seed.paragraphs)


def test_sample_seed_has_no_headline_line() -> None:
    """A long first paragraph is not mistaken for a headline."""
    seed, problems = read_seed(SAMPLE, ROOT)
    assert seed.title is None and problems == []
    assert seed.paragraphs[0].startswith("Syria’s interim foreign minister")


def test_wire_copy_dateline_paragraphs_and_signoff(seed_of: Callable[[str], Seed]) -> None:
    """Wire copy: caps headline, dateline read, indented lines start paragraphs, no REUTER."""
    seed = seed_of("wire.txt")
    assert seed.title == "GULF STATES AGREE TO STUDY JOINT RAIL LINK"
    assert seed.dateline == "RIYADH, March 3 -"
    assert (seed.dateline_place, seed.dateline_date) == ("Riyadh", None)
    assert len(seed.paragraphs) == 2
    assert not seed.paragraphs[-1].endswith("REUTER")
    assert nlp_text(seed).startswith("Transport ministers from six Gulf states")


def test_dateline_with_year_gives_a_date(seed_of: Callable[[str], Seed]) -> None:
    """A dateline that names the year gives the seed's date."""
    seed = seed_of("dateline_year.txt")
    assert seed.dateline_place == "Baghdad"
    assert seed.dateline_date == "2025-03-14"


def test_cnn_story_highlights_and_furniture_removed(seed_of: Callable[[str], Seed]) -> None:
    """@highlight blocks become highlights; video prompts, link texts, e-mail links are dropped."""
    seed = seed_of("cnn_style.txt")
    assert seed.highlights == (
        "Museum to return four bronze statues to Nigeria",
        "Statues were taken in 1897",
    )
    text = seed.text
    for furniture in ("@highlight", "Scroll down", "\u00bb", "E-mail to a friend"):
        assert furniture not in text
    assert seed.dateline == "LONDON, England (CNN) --"
    assert seed.paragraphs[-1].endswith("told CNN.")


def test_cp1252_seed_is_decoded_with_a_warning(seed_of: Callable[[str], Seed]) -> None:
    """A Windows-1252 seed is decoded correctly and the warning names the encoding."""
    seed = seed_of("cp1252.txt")
    assert seed.paragraphs[0] == "Café owners in Beirut say prices have doubled – again."
    assert seed.warnings == ("not UTF-8; decoded as cp1252",)


@pytest.mark.parametrize(
    ("name", "message"),
    [("empty.txt", "empty"), ("binary.bin.txt", "binary")],
)
def test_unreadable_seed_raises(name: str, message: str) -> None:
    """Empty and binary files raise SeedError with a reason."""
    with pytest.raises(SeedError, match=message):
        read_seed(FIXTURES / name, FIXTURES)


@pytest.mark.parametrize(
    ("paragraph", "place", "date"),
    [
        ("BAGHDAD, March 14 (Reuters) - Iraq said", "Baghdad", None),
        ("LONDON (CNN) -- As he", "London", None),
        ("WASHINGTON, March 14, 2025 (Reuters) - The", "Washington", "2025-03-14"),
        ("KANSAS CITY, Missouri (CNN) -- Hi", "Kansas City", None),
        ("(CNN)The Rev. Robert Schuller", None, None),
        ("Marseille, France (CNN)The prosecutor", "Marseille", None),
        ("ATHENS, 3 June 2024 - The", "Athens", "2024-06-03"),
    ],
)
def test_datelines_are_recognised(paragraph: str, place: str | None, date: str | None) -> None:
    """Agency, CNN and wire datelines give their place and, with a year, the date."""
    found = find_dateline(paragraph)
    assert found is not None
    assert found[1:] == (place, date)


@pytest.mark.parametrize(
    "paragraph",
    ["Tony Blair - the prime minister - said", "US - Iran talks resume", "The (old) man - x"],
)
def test_sentences_are_not_datelines(paragraph: str) -> None:
    """Ordinary sentences with dashes are not taken for datelines."""
    assert find_dateline(paragraph) is None


def test_every_corpus_article_reads(corpus: Path) -> None:
    """Every real article in the shared corpus reads; wire copy gets its dateline."""
    paths = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in (".txt", ".story"))
    seeds = [read_seed(p, corpus)[0] for p in paths if p.name != "README.md"]
    assert seeds and all(s.paragraphs for s in seeds)
    reuters = [s for s in seeds if s.path.startswith("reuters1987/")]
    assert sum(s.dateline is not None for s in reuters) >= 0.9 * len(reuters)
