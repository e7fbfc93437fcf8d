"""Reading seeds: front matter, titles, datelines, source trailers, encodings, furniture."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.bylines import byline_paragraph
from generator.datelines import find_date, find_dateline, is_date_line
from generator.extract import nlp_text
from generator.extract.dates import date_of
from generator.seeds import Seed, SeedError, read_seed
from tests.extract.conftest import FIXTURES, ROOT, SAMPLE

BRITISH = ROOT.parent / "shared" / "eval-data" / "british-news" / "articles"


def seed_from(tmp_path: Path, text: str, name: str = "seed.txt") -> Seed:
    """A seed read from a file holding ``text``."""
    path = tmp_path / name
    path.write_text(text, "utf-8")
    seed, problems = read_seed(path, tmp_path)
    assert problems == []
    return seed


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
        ("KANSAS CITY, Missouri (CNN) -- Hi", "Kansas City, Missouri", None),
        ("(CNN)The Rev. Jo Ames", None, None),
        ("Toulouse, France (CNN)The mayor", "Toulouse, France", None),
        ("ATHENS, 3 June 2024 - The", "Athens", "2024-06-03"),
        ("LONDON, 3 March 2025 \u2013 Ministers", "London", "2025-03-03"),
        ("WASHINGTON (AP) \u2014 The Senate", "Washington", None),
        ("Feb 26 - Oil prices", None, None),
        ("NEW YORK, Feb. 26 (Reuters) - Oil", "New York", None),
        ("PARIS (AFP) - The", "Paris", None),
        ("BEIRUT, Lebanon (CNN) -- The", "Beirut, Lebanon", None),
        ("Jan 3 (Reuters) - The", None, None),
        ("LONDON, March 3, 2025 \u2014 The", "London", "2025-03-03"),
        ("Carvela, 4 February 2024 \u2013 Farmers", "Carvela", "2024-02-04"),
        ("Carvela, 4 February 2024 \u2013", "Carvela", "2024-02-04"),
        ("KELBY 1996-08-29 The zloty firmed", "Kelby", "1996-08-29"),
        ("NORTH VALE 2001-05-04", "North Vale", "2001-05-04"),
        ("TORONTO \u2014 It could have been a quiet week", "Toronto", None),
        ("MADRID (EFE) - El", "Madrid", None),
        ("TARLAND, Ont. - Police in the town said on Monday", "Tarland, Ont.", None),
        (
            "NORTH VELLTON, Ariz. \u2013 A county judge ruled on Friday",
            "North Vellton, Ariz.",
            None,
        ),
    ],
)
def test_datelines_are_recognised(paragraph: str, place: str | None, date: str | None) -> None:
    """Agency, CNN and wire datelines give their place and, with a year, the date."""
    found = find_dateline(paragraph)
    assert found is not None
    assert found[1:] == (place, date)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tom Harlow - the prime minister - said",
        "US - Iran talks resume",
        "The (old) man - x",
        "NATO \u2014 the alliance said",
        "IPO FILING -- Acme Hotels Inc.",
        "NATO - The alliance met in Brussels on Monday to talk",
        "Tarland, Ont. - The town",
        "On 4 February 2024 - The firm said",
        "Monday, 4 February 2024 - Updated",
        "Carvela, 4 February 2024 - and the rest",
        "Shares 1996-08-29 rose",
        "US 2024-01-01 figures",
        "KELBY 1996-13-40 The",
    ],
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
    assert sum(s.source_name == "Reuters" for s in reuters) >= 0.9 * len(reuters)
    cnn = [s for s in seeds if s.path.startswith("cnn/") and s.dateline and "CNN" in s.dateline]
    assert cnn and all(s.source_name == "CNN" for s in cnn)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("March 4, 2025", "2025-03-04"),
        ("2025-03-04", "2025-03-04"),
        ("2025-03-04T10:00:00Z", "2025-03-04"),
        ("Published: 10:32 GMT, 4 March 2025 | Updated: 11:02 GMT, 4 March 2025", "2025-03-04"),
        ("Updated: 08:52, 6 November 2012", "2012-11-06"),
        ("Tuesday 4 March 2025", "2025-03-04"),
        ("Updated 2148 GMT (0548 HKT) May 9, 2016", "2016-05-09"),
    ],
)
def test_date_stamp_lines_are_recognised(line: str, date: str) -> None:
    """A paragraph that is only a date stamp is one, and its first date is read."""
    assert is_date_line(line) and find_date(line) == date


def test_a_sentence_with_a_date_is_not_a_date_stamp() -> None:
    """ "March 4, 2025 was ..." is text, and "2025-13-01" is no date."""
    assert not is_date_line("March 4, 2025 was the day the bridge opened.")
    assert find_date("2025-13-01") is None


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        ("By Helen Carter, Political Correspondent", ("Helen Carter",), None),
        ("By MARK ELLISON Associated Press March 4, 2025", ("Mark Ellison",), "Associated Press"),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe"), None),
        ("By JANE DOE | Reuters", ("Jane Doe",), "Reuters"),
        ("By Ana de Souza for the Evening Post", ("Ana de Souza",), None),
        ("By Sam Lee Deputy City Editor for the Evening Post", ("Sam Lee",), None),
        ("By Evening Post Reporter", (), None),
        ("Jeff Stone, The Associated Press", ("Jeff Stone",), "Associated Press"),
    ],
)
def test_bylines_name_writers_and_agency(
    line: str, authors: tuple[str, ...], agency: str | None
) -> None:
    """A byline gives its writers (capitals recased) and the agency it names."""
    byline = byline_paragraph(line)
    assert byline is not None
    assert (byline.authors, byline.agency) == (authors, agency)


@pytest.mark.parametrize(
    "paragraph",
    ["By Monday, the talks had failed", "By the end of the year", "By March the river rose"],
)
def test_sentences_starting_with_by_are_not_bylines(paragraph: str) -> None:
    """ "By Monday, ..." is a sentence, not a byline."""
    assert byline_paragraph(paragraph) is None


def test_byline_before_dateline_gives_date_and_stays_out(seed_of: Callable[[str], Seed]) -> None:
    """Byline, then "LONDON, 3 March 2025 \u2013": the date is read; NLP text has neither."""
    seed = seed_of("furniture_byline_dateline.txt")
    assert seed.byline == "By Helen Carter, Political Correspondent"
    assert seed.authors == ("Helen Carter",)
    assert (seed.dateline_place, date_of(seed)) == ("London", ("2025-03-03", "dateline"))
    text = nlp_text(seed)
    assert text.startswith("Ministers agreed on Monday")
    for furniture in ("Helen Carter", "LONDON", "Jane Doe", "Tom Reed"):
        assert furniture not in text
    assert "By Helen Carter" in seed.text  # the body keeps it


def test_wire_byline_glued_to_dateline(seed_of: Callable[[str], Seed]) -> None:
    """ "By X Associated Press <date>" then "WASHINGTON (AP) \u2014" in one block."""
    seed = seed_of("furniture_wire_byline.txt")
    assert seed.title is None  # a byline is not a headline
    assert seed.authors == ("Mark Ellison",)
    assert seed.dateline == "WASHINGTON (AP) \u2014"
    assert date_of(seed) == ("2025-03-04", "dateline")
    assert seed.source_name == "Associated Press"
    text = nlp_text(seed)
    assert text.startswith("The Senate voted on Tuesday")
    assert "Ellison" not in text and "Reporting by" not in text and "Sam Ortiz" not in text


def test_flattened_web_lead_is_furniture(tmp_path: Path) -> None:
    """ "By . X . and Y . PUBLISHED: . <stamp> . | . UPDATED: ..." and a caption label: all out."""
    text = (
        "By . Jane Doe . and Tom Reed . PUBLISHED: . 09:42 EST, 3 March 2012 . | . "
        "UPDATED: . 10:05 EST, 3 March 2012 . Rescued: A lifeboat crew carries a dog ashore . "
        "A dog that was swept out to sea was rescued by a lifeboat crew on Friday. It is well."
    )
    seed = seed_from(tmp_path, text)
    assert seed.authors == ("Jane Doe", "Tom Reed")
    assert date_of(seed) == ("2012-03-03", "dateline")
    assert nlp_text(seed) == (
        "A dog that was swept out to sea was rescued by a lifeboat crew on Friday. It is well."
    )


def test_flattened_page_headline_over_its_byline_is_the_title(tmp_path: Path) -> None:
    """A flattened page's first line before "By . X . PUBLISHED" is its headline, not story."""
    text = (
        "Ferry crew pull swimmer from the sea . By . Jane Doe . PUBLISHED: . 09:42 EST, "
        "3 March 2012 . | . UPDATED: . 10:05 EST, 3 March 2012 . A swimmer who was swept "
        "out to sea was pulled aboard a ferry on Friday. She is well."
    )
    seed = seed_from(tmp_path, text)
    assert seed.title == "Ferry crew pull swimmer from the sea"
    assert seed.authors == ("Jane Doe",)
    assert date_of(seed) == ("2012-03-03", "dateline")
    assert (
        nlp_text(seed)
        == "A swimmer who was swept out to sea was pulled aboard a ferry on Friday. She is well."
    )


def test_flattened_page_opening_sentence_is_no_headline(tmp_path: Path) -> None:
    """A first flattened line that ends a sentence stays story text, with no headline."""
    text = (
        "A swimmer was pulled from the sea. . By . Jane Doe . PUBLISHED: . 09:42 EST, "
        "3 March 2012 . She is well . and at home . now."
    )
    seed = seed_from(tmp_path, text)
    assert seed.title is None
    assert "A swimmer was pulled from the sea." in nlp_text(seed)


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("PARIS (AFP) - ", "AFP"),
        ("MADRID (EFE) - ", "EFE"),
        ("BERLIN (dpa) - ", "dpa"),
        ("BEIJING (Xinhua) -- ", "Xinhua"),
        ("NEW YORK (Bloomberg) -- ", "Bloomberg"),
        ("WASHINGTON (UPI) -- ", "UPI"),
        ("NEW YORK, Feb. 26 (Reuters) - ", "Reuters"),
        ("(CNN Business) ", "CNN"),
        ("LONDON (Reuters Health) - ", "Reuters"),
    ],
)
def test_agency_tag_names_the_source(tmp_path: Path, opening: str, source: str) -> None:
    """The agency in the dateline is the source when the seed names none."""
    seed = seed_from(tmp_path, opening + "The ministry said on Monday that talks would go on.\n")
    assert seed.source_name == source


def test_an_explicit_source_wins_over_the_agency_tag(tmp_path: Path) -> None:
    """A "Source:" trailer names the source even when the dateline names an agency."""
    text = "PARIS (AFP) - The talks went on.\n\nThey will resume.\n\nSource: aljazeera.com\n"
    assert seed_from(tmp_path, text).source_name == "Al Jazeera"


def test_wire_company_marks_are_not_read(tmp_path: Path) -> None:
    """Wire copy's "<Tarn Vell Bank>", even broken over two lines, reads as the bank's name."""
    text = (
        "BANKS LEND\n\n    DUBAI, May 4 - <Tarn Vell\nBank> and <TVB.L> said on Monday\n"
        "that they would lend more.\n    Both are based in Kelby.\n"
    )
    seed = seed_from(tmp_path, text)
    assert seed.paragraphs[0].endswith(
        "Tarn Vell Bank and TVB.L said on Monday that they would lend more."
    )


def test_wire_ticker_marks_stay_out_of_the_company_name(tmp_path: Path) -> None:
    """A ticker's mark after a firm's name, in the headline or the text, is left out."""
    text = (
        "QUARRELL GLASS <QGL> TO SHUT KILN\n\n    LEDBURY, June 2 - Quarrell Glass Corp\n"
        "<QGL.L> said on Friday it would shut its oldest kiln.\n"
        "    The firm makes bottles for brewers.\n"
    )
    seed = seed_from(tmp_path, text)
    assert seed.title == "QUARRELL GLASS TO SHUT KILN"
    assert "Quarrell Glass Corp said on Friday" in seed.paragraphs[0]


def test_wire_signoff_names_reuters(seed_of: Callable[[str], Seed]) -> None:
    """A wire story that ends with "REUTER" has Reuters as its source."""
    assert seed_of("wire.txt").source_name == "Reuters"


def test_unknown_front_matter_fields_are_one_warning(seed_of: Callable[[str], Seed]) -> None:
    """Unknown fields never skip a seed: one warning lists each with its line."""
    seed = seed_of("furniture_web_page.md")
    assert seed.title == "Harbour town fears for its fishing fleet"
    assert date_of(seed) == ("2025-03-04", "front matter")
    (warning,) = seed.warnings
    for field in ("extends (line 2)", "image (line 4)", "description (line 6)", "tags (line 9)"):
        assert field in warning
    assert "title" not in warning.split("(used")[0]


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2025-03-01-08-15-00", "2025-03-01"),
        ("2025-03-04T10:00:00Z", "2025-03-04"),
        ("'2025-03-04T10:00:00Z'", "2025-03-04"),
        ("4 March 2025", "2025-03-04"),
    ],
)
def test_front_matter_dates_in_other_forms(tmp_path: Path, value: str, date: str) -> None:
    """Timestamps and written dates in front matter give the date."""
    seed = seed_from(tmp_path, f"---\ndate: {value}\n---\nThe bridge reopened.\n", "d.md")
    assert date_of(seed) == (date, "front matter")


def test_front_matter_that_is_not_yaml_is_read_as_lines(seed_of: Callable[[str], Seed]) -> None:
    """ "title: Breaking: ..." is not YAML: read as key: value lines, with a warning."""
    seed = seed_of("furniture_plain_front_matter.md")
    assert seed.title == "Breaking: Bridge closed after crack found"
    assert date_of(seed) == ("2025-03-04", "front matter")
    assert seed.source_url == "https://example.com"
    assert "not valid YAML" in seed.warnings[0]


def test_front_matter_that_is_no_mapping_is_a_problem(tmp_path: Path) -> None:
    """A front matter block that is neither YAML nor key: value lines is still a problem."""
    path = tmp_path / "bad.md"
    path.write_text("---\n- [unclosed\n---\nText.\n", "utf-8")
    assert read_seed(path, tmp_path)[1]


def test_date_stamp_gives_the_date(tmp_path: Path) -> None:
    """ "Published: ..." above the text gives the date and is not read."""
    text = "Published: 09:15 GMT, 4 March 2025 | Updated: 11:40 GMT, 4 March 2025\n\nThe pier shut."
    seed = seed_from(tmp_path, text)
    assert date_of(seed) == ("2025-03-04", "dateline")
    assert nlp_text(seed) == "The pier shut."


def test_british_web_articles_read_without_problems() -> None:
    """Every British web article reads with its date; its front matter is only warned about."""
    if not BRITISH.is_dir():
        pytest.skip("../shared/eval-data is not here")
    for path in sorted(BRITISH.glob("*.md")):
        seed, problems = read_seed(path, BRITISH)
        assert problems == [] and date_of(seed)[1] == "front matter", path.name


def test_a_stamp_with_24_hour_times_before_the_dateline(tmp_path: Path) -> None:
    """ "Updated 2148 GMT (0548 HKT) May 9, 2016" is furniture: its date is read, dateline kept."""
    # The dateline after it still names the place and the agency.
    seed = seed_from(
        tmp_path,
        "Floods close roads in the north\n\nUpdated 2148 GMT (0548 HKT) May 9, 2016\n\n"
        "LIMA, Peru (CNN) -- Heavy rain closed roads across the north on Monday, officials said.\n",
    )
    assert (seed.dateline, seed.dateline_place) == ("LIMA, Peru (CNN) --", "Lima, Peru")
    assert seed.source_name == "CNN"
    assert date_of(seed) == ("2016-05-09", "dateline")
    assert nlp_text(seed).startswith("Heavy rain closed roads")


def test_a_desk_after_an_unknown_name_is_no_agency_tag(tmp_path: Path) -> None:
    """ "(Kelby Business)" names no agency we know: the text keeps it and there is no source."""
    seed = seed_from(tmp_path, "(Kelby Business) The firm said on Monday that talks would go on.\n")
    assert seed.source_name is None
    assert nlp_text(seed).startswith("(Kelby Business)")
