"""Faults and hostile files around the store: nothing is lost, nothing escapes the project."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.atomic import write_atomic
from generator.store import read_record
from generator.yamlio import load_yaml
from tests.conftest import FIXTURES, ROOT, Result
from tests.test_ingest import SEED, actions, run_ingest, write_seed


def test_full_disk_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the disk fills mid-write, the error surfaces and the old record is untouched."""
    target = tmp_path / "r.yaml"
    target.write_bytes(b"old: record\n")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, b"new: record\n" * 1000)
    assert target.read_bytes() == b"old: record\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.yaml"]


def test_symlinked_seed_outside_the_project_is_skipped(project: Path, tmp_path: Path) -> None:
    """A seed that is a link to a file outside the project is not read."""
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret headline\n\nPrivate text.\n", "utf-8")
    (project / "seeds" / "link.txt").symlink_to(secret)
    write_seed(project, "ok.txt", SEED)
    outcomes = run_ingest(project)
    assert str(outcomes[0]) == (
        "seeds/link.txt: skipped (symbolic link to a file outside the project)"
    )
    assert actions(outcomes)[1] == ("seeds/ok.txt", "created")


def test_symlinked_record_outside_the_project_is_refused(project: Path, tmp_path: Path) -> None:
    """A record that is a link to a file outside the project is reported, not loaded."""
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text((FIXTURES / "check" / "valid.yaml").read_text("utf-8"), "utf-8")
    link = project / "briefings" / "valid.yaml"
    link.symlink_to(outside)
    record = read_record(link, "briefings/valid.yaml", project)
    assert [str(p) for p in record.problems] == [
        "briefings/valid.yaml: symbolic link to a file outside the project; refused"
    ]


def test_oversized_seed_is_skipped(project: Path) -> None:
    """A 50 MB seed is skipped by size before it is read."""
    with (project / "seeds" / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (outcome,) = run_ingest(project)
    assert str(outcome) == (
        "seeds/huge.txt: skipped (file is 52428800 bytes, over the limit of 2000000)"
    )


def test_a_broken_utf16_seed_is_skipped_and_the_others_ingested(project: Path) -> None:
    """A UTF-16 byte-order mark with an odd byte count skips that seed, named, and no other."""
    (project / "seeds" / "odd.txt").write_bytes(b"\xff\xfe\x00bad bytes\x00")
    write_seed(project, "good.txt", SEED)
    outcomes = {str(outcome) for outcome in run_ingest(project)}
    assert (
        "seeds/odd.txt: skipped (starts with a UTF-16 byte-order mark but is not UTF-16"
        " (truncated data at byte 12); save the file as UTF-8)"
    ) in outcomes
    assert any(o.startswith("seeds/good.txt: created") for o in outcomes)


def test_crlf_bom_record_is_read(project: Path, run: Callable[..., Result]) -> None:
    """A record saved on Windows (BOM, CRLF line ends) is valid as it is."""
    text = (FIXTURES / "check" / "valid.yaml").read_text("utf-8").replace("\n", "\r\n")
    (project / "briefings" / "valid.yaml").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert run("--root", project, "check").code == 0


KILLER = """
import sys
from pathlib import Path
from generator.ingest import ingest
from generator.project import Project
from tests.test_ingest import fake_extract
root = Path(sys.argv[1])
ingest(Project(root), [root / "seeds"], force=True, extractor=fake_extract)
"""


@pytest.mark.slow
def test_killing_ingest_leaves_every_record_whole(project: Path) -> None:
    """SIGKILL at any moment of an ingest leaves each record file old or new, never torn."""
    for n in range(200):
        write_seed(project, f"s{n:03}.txt", f"Story number {n}\n\n" + "Some text. " * 400)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", KILLER, str(project)], check=True, env=env)
    for delay in (0.05, 0.15, 0.3, 0.5):
        proc = subprocess.Popen([sys.executable, "-c", KILLER, str(project)], env=env)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for path in (project / "briefings").glob("*.yaml"):
            loaded = load_yaml(path.read_text("utf-8"), path.name)
            assert loaded.problems == [], path
            assert loaded.data["id"] == path.stem


def test_written_files_get_ordinary_permissions(tmp_path: Path) -> None:
    """Atomic writes give the mode a plain open() would, not mkstemp's private 0600."""
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "r.yaml"
    write_atomic(target, b"a: 1\n")
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


# --- degenerate texts: bounded work before and inside the parser ---------------------------
# Speed itself is measured by `make bench` (bench/degenerate_seeds.py); these tests check
# the structure that keeps it bounded.


def test_one_word_repeated_never_reaches_the_parser_as_one_sentence() -> None:
    """A text of one word 40,000 times is parsed in sentences of at most the cap."""
    from generator.extract.nlp import load_nlp
    from generator.extract.sentence_bounds import MAX_SENTENCE_TOKENS

    doc = load_nlp()("lorem " * 4_000)
    lengths = [len(sent) for sent in doc.sents]
    assert max(lengths) <= MAX_SENTENCE_TOKENS
    assert sum(lengths) == len(doc) == 4_000


def test_a_stretch_of_quote_marks_is_tokenized_in_pieces() -> None:
    """100,000 quote marks without a space become tokens; the text and offsets are kept."""
    from generator.extract.nlp import MAX_RUN_CHARS, BoundedTokenizer, load_nlp

    text = "He wrote " + "\u2018" * 100_000 + " and left."
    tokenizer = load_nlp().tokenizer
    assert isinstance(tokenizer, BoundedTokenizer)
    doc = tokenizer(text[:3_000])
    assert doc.text == text[:3_000]
    assert max(len(token) for token in doc) <= MAX_RUN_CHARS
    assert [t.text for t in doc][:2] == ["He", "wrote"]


def test_a_text_of_one_letter_words_is_read_up_to_the_token_limit() -> None:
    """A 100,000-character text of one-letter words is cut at MAX_TOKENS, at a paragraph."""
    from generator.extract.nlp import MAX_TOKENS, load_nlp

    text = ("a " * 999 + "a.\n\n") * 50
    doc = load_nlp().tokenizer(text)
    assert len(doc) <= MAX_TOKENS
    assert text.startswith(doc.text) and doc.text.endswith(".")


def test_ordinary_text_is_tokenized_as_by_spacy_alone() -> None:
    """The bounds change nothing in a normal paragraph."""
    from generator.extract.nlp import BoundedTokenizer, load_nlp

    text = "Jane Roe, who didn't stay, said: \u201cWe won't go.\u201d See https://example.org/a."
    bounded = load_nlp().tokenizer
    assert isinstance(bounded, BoundedTokenizer)
    assert [t.text for t in bounded(text)] == [t.text for t in bounded.tokenizer(text)]


def test_thousands_of_quotations_are_cut_at_the_quote_limit() -> None:
    """A text of 1,000 quotations gives MAX_QUOTES of them, the first in text order."""
    from generator.extract.quote_marks import MAX_QUOTES, find_quotes

    quotes = find_quotes("\u201cWe will win this,\u201d she said. " * 1_000)
    assert len(quotes) == MAX_QUOTES
    assert quotes[0].parts[0][0] == 1
