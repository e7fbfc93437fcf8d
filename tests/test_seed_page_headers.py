"""A saved page's headline, site and writers when its title and byline carry more."""

from __future__ import annotations

from pathlib import Path

from generator.seeds import read_seed

STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "Ferry fares between the islands will rise by a fifth in June, the operator said.",
        "The operator blamed the cost of fuel and said timetables would not change.",
        "Islanders said the rise would hit families who travel to the mainland for work.",
    )
)


def test_a_title_with_a_section_after_the_headline_gives_the_headline(tmp_path: Path) -> None:
    """A title with a section after the headline gives headline and site; no headline paragraph."""
    # "Ferry fares to rise - Travel - The Kelby Herald" over the page's own "Ferry fares to rise".
    page = tmp_path / "ferry.html"
    page.write_text(
        "<html><head><title>Ferry fares to rise - Travel - The Kelby Herald</title></head>"
        f"<body><div><h2>Ferry fares to rise</h2>{STORY}</div></body></html>",
        "utf-8",
    )
    seed = read_seed(page, tmp_path)[0]
    assert (seed.title, seed.source_name) == ("Ferry fares to rise", "The Kelby Herald")
    assert seed.paragraphs[0].startswith("Ferry fares between the islands")


def test_a_writers_job_in_the_author_metadata_is_no_writer(tmp_path: Path) -> None:
    """ "Jo Ames, Travel Editor" in the author metadata names Jo Ames alone."""
    page = tmp_path / "ferry.html"
    page.write_text(
        "<html><head><title>Ferry fares to rise</title>"
        '<meta name="author" content="Jo Ames, Travel Editor"></head>'
        f"<body><main><h1>Ferry fares to rise</h1>{STORY}</main></body></html>",
        "utf-8",
    )
    assert read_seed(page, tmp_path)[0].authors == ("Jo Ames",)
