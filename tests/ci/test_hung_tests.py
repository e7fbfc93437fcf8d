"""The suite's settings for a test that hangs: it is ended and run once more, not waited for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

SUITE = '''
from pathlib import Path

HUNG = Path(__file__).with_name("hung-once")


def test_hangs_on_its_first_run() -> None:
    """Stands for a browser or server that stops answering once."""
    if not HUNG.exists():
        HUNG.write_text("yes")
        import time

        time.sleep(3600)


def test_fails_an_assertion() -> None:
    """An ordinary failure."""
    assert 1 == 2
'''


def test_a_hung_test_is_ended_and_run_again_but_a_failing_one_is_not(tmp_path: Path) -> None:
    """With pyproject.toml's settings (shorter times), a hang costs one fresh worker and a rerun."""
    (tmp_path / "test_sample.py").write_text(SUITE, "utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-c",
            str(ROOT / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            "-p",
            "no:cacheprovider",
            "-n",
            "1",
            "-q",
            "-rR",
            "-o",
            "timeout=4",
            "-o",
            "faulthandler_timeout=2",
            str(tmp_path / "test_sample.py"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,  # generous: two pytest start-ups on a machine busy with the rest of the suite
    )
    said = run.stdout + run.stderr
    assert run.returncode == 1, said
    assert "1 failed, 1 passed, 1 rerun" in said, said
    # the stacks of the hung test are printed before its worker is ended
    assert "in test_hangs_on_its_first_run" in said, said
    assert "RERUN test_sample.py::test_hangs_on_its_first_run" in said, said
