"""Any bytes in seeds/ give a seed or a one-line SeedError naming the cause, never a crash.

Property tests feed random bytes, byte-order marks with truncated and odd-length
bodies, and mixed encodings to the seed reader under every seed file name.
"""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.degenerate_seeds import FILES
from generator.ingest import ingest
from generator.project import Project
from generator.seeds import SeedError, read_seeds
from tests.test_seed_inputs import fake_extract

SUFFIXES = (".txt", ".md", ".html", ".htm", ".rss", ".atom", ".xml")
BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}
TEXT = "Ferry fares rise\n\nThe island’s ferry fares rise by a fifth in May, the operator said.\n"


def read_or_refuse(tmp_path: Path, name: str, raw: bytes) -> str:
    """'read' when the bytes give seeds, else the SeedError's message (one line)."""
    path = tmp_path / name
    path.write_bytes(raw)
    try:
        seeds = read_seeds(path, tmp_path)
    except SeedError as error:
        message = str(error)
        assert message and "\n" not in message
        return message
    assert seeds
    for seed, _ in seeds:
        assert seed.title or seed.paragraphs
    return "read"


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_give_a_seed_or_a_seed_error(tmp_path: Path, raw: bytes, suffix: str) -> None:
    """Random bytes under any seed name are read or refused with a message, never a crash."""
    read_or_refuse(tmp_path, "random" + suffix, raw)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    bom=st.sampled_from(sorted(BOMS)),
    body=st.binary(max_size=200),
    suffix=st.sampled_from(SUFFIXES),
)
def test_any_byte_order_mark_before_any_bytes(
    tmp_path: Path, bom: str, body: bytes, suffix: str
) -> None:
    """Each byte-order mark followed by arbitrary bytes is read or refused, never a crash."""
    read_or_refuse(tmp_path, "bom" + suffix, BOMS[bom] + body)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    parts=st.lists(
        st.tuples(st.sampled_from(["utf-8", "cp1252", "latin-1", "utf-16-le"]), st.text()),
        max_size=6,
    )
)
def test_mixed_encodings_in_one_file(tmp_path: Path, parts: list[tuple[str, str]]) -> None:
    """Lines in different encodings in one file are read or refused, never a crash."""
    raw = b"\n".join(text.encode(codec, "replace") for codec, text in parts)
    read_or_refuse(tmp_path, "mixed.txt", raw)


@pytest.mark.parametrize("codec", sorted(BOMS))
def test_each_byte_order_mark_with_a_whole_body_is_read(tmp_path: Path, codec: str) -> None:
    """A seed in UTF-8, UTF-16 or UTF-32 with its byte-order mark reads as the same text."""
    path = tmp_path / "bom.txt"
    path.write_bytes(BOMS[codec] + TEXT.encode(codec))
    [(seed, _)] = read_seeds(path, tmp_path)
    assert seed.title == "Ferry fares rise"
    assert seed.paragraphs == (
        "The island’s ferry fares rise by a fifth in May, the operator said.",
    )


@pytest.mark.parametrize("codec", [c for c in sorted(BOMS) if c != "utf-8"])
@pytest.mark.parametrize("cut", [1, 2, 3])
def test_truncated_wide_encodings_are_refused_by_name(tmp_path: Path, codec: str, cut: int) -> None:
    """A UTF-16/32 seed cut short mid-character is refused with the encoding named."""
    raw = BOMS[codec] + TEXT.encode(codec)
    if len(raw[:-cut]) % (2 if "16" in codec else 4) == 0:
        pytest.skip("a cut at a character boundary is a whole text")
    message = read_or_refuse(tmp_path, "cut.txt", raw[:-cut])
    assert message.startswith(f"starts with a UTF-{codec[4:6]} byte-order mark but is not")


def test_issue_case_odd_length_utf16_no_longer_stops_ingest(project: Path) -> None:
    """The odd-length UTF-16 seed of the issue is a named skip; the seed after it is ingested."""
    (project / "seeds" / "a-bad.txt").write_bytes(b"\xff\xfe\x00bad bytes\x00")
    (project / "seeds" / "b-good.txt").write_text(TEXT, "utf-8")
    outcomes = ingest(
        Project(project), [project / "seeds"], today=dt.date(2025, 5, 1), extractor=fake_extract
    )
    assert [(o.seed, o.action) for o in outcomes] == [
        ("seeds/a-bad.txt", "skipped"),
        ("seeds/b-good.txt", "created"),
    ]
    assert "UTF-16 byte-order mark" in outcomes[0].detail


def test_mixed_utf8_and_windows_1252_lines_are_both_read(tmp_path: Path) -> None:
    """A file pasted together from a UTF-8 and a Windows-1252 source keeps both lines right."""
    raw = "Café owners fined\n".encode() + "\n“Clean it up,” the judge said.\n".encode("cp1252")
    path = tmp_path / "pasted.txt"
    path.write_bytes(raw)
    [(seed, _)] = read_seeds(path, tmp_path)
    assert seed.title == "Café owners fined"
    assert seed.paragraphs == ("“Clean it up,” the judge said.",)
    assert seed.warnings == ("mixed encodings: 1 line(s) read as cp1252, the rest as UTF-8",)


def test_binary_control_characters_are_refused(tmp_path: Path) -> None:
    """Bytes that decode but are mostly control characters are not an article."""
    message = read_or_refuse(tmp_path, "blob.txt", bytes(range(1, 32)) * 20)
    assert message == "looks like a binary file (control characters), not text"


@pytest.mark.parametrize(("name", "raw"), FILES.items(), ids=list(FILES))
def test_degenerate_inputs_are_read_or_refused(tmp_path: Path, name: str, raw: bytes) -> None:
    """Hostile shapes give seeds or a named refusal; `make bench` times them, not this test."""
    assert read_or_refuse(tmp_path, name, raw)


def test_a_text_too_long_for_one_article_is_a_named_skip(tmp_path: Path) -> None:
    """A text over a record body's 200,000 characters is refused with the size and the limit."""
    message = read_or_refuse(tmp_path, "huge.txt", b"Many words here. " * 20_000)
    assert message == "text is 340000 characters, over the limit of 200000 for one article"


def test_a_text_is_measured_as_the_body_it_would_become(tmp_path: Path) -> None:
    """Short lines under the limit that a body's blank lines push over it are refused too."""
    raw = b"A line of the story.\n" * 9_500  # 199,500 bytes; 208,998 as a body
    message = read_or_refuse(tmp_path, "lines.txt", raw)
    assert message == "text is 208998 characters, over the limit of 200000 for one article"


def test_markdown_made_of_markup_is_read_as_plain_text(tmp_path: Path) -> None:
    """A Markdown file of tens of thousands of markers is read as text, with a warning."""
    path = tmp_path / "marks.md"
    path.write_bytes(b"# Title\n\n" + b"*a **b " * 8_000)
    [(seed, _)] = read_seeds(path, tmp_path)
    assert seed.warnings == ("over 20000 Markdown markers; read as plain text",)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path, codec: str) -> None:
    """UTF-16 text saved without its byte-order mark is read, with a note of the encoding."""
    path = tmp_path / "wide.txt"
    path.write_bytes(TEXT.encode(codec))
    [(seed, _)] = read_seeds(path, tmp_path)
    assert seed.title == "Ferry fares rise"
    assert seed.warnings == (f"not UTF-8; decoded as {codec.replace('-', '_')}",)
