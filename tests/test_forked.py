"""A forked step returns its exit code, raises its errors here, and its output is not lost."""

from __future__ import annotations

import os
import signal
import sys

import pytest

from generator.forked import Forked, StepFailed
from generator.problems import UsageError


def _returns(code: int) -> int:
    print("to stdout")
    print("to stderr", file=sys.stderr)
    return code


def _usage() -> int:
    raise UsageError("give the briefing a title")


def _fails() -> int:
    raise ValueError("the template broke")


def _killed() -> int:
    os.kill(os.getpid(), signal.SIGKILL)
    return 0


def _pid() -> int:
    return os.getpid()


def test_the_step_runs_in_another_process() -> None:
    """The function runs in a child process, and its return value is the exit code."""
    assert Forked(_pid, name="render").result() not in (0, os.getpid())


def test_exit_code_and_output_come_back(capsys: pytest.CaptureFixture[str]) -> None:
    """The step's exit code is returned; what it printed reaches this process's streams."""
    assert Forked(_returns, 3, name="render").result() == 3
    captured = capsys.readouterr()
    assert captured.out == "to stdout\n"
    assert captured.err == "to stderr\n"


def test_output_to_inherited_files_is_written_once(capfd: pytest.CaptureFixture[str]) -> None:
    """Where the streams are real files the step writes to them itself, and nothing twice."""
    assert Forked(_returns, 0, name="render").result() == 0
    captured = capfd.readouterr()
    assert captured.out == "to stdout\n"
    assert captured.err == "to stderr\n"


def test_a_usage_error_is_raised_again_with_its_text() -> None:
    """A UsageError in the step is raised here with the same message (the CLI exits 2)."""
    with pytest.raises(UsageError, match=r"^give the briefing a title$"):
        Forked(_usage, name="render").result()


def test_other_errors_carry_the_message_and_the_traceback() -> None:
    """Any other error becomes StepFailed with the step's message, its traceback as a note."""
    with pytest.raises(StepFailed) as error:
        Forked(_fails, name="render").result()
    assert str(error.value) == "the template broke"
    assert "ValueError: the template broke" in "".join(error.value.__notes__)


def test_a_step_that_dies_is_reported_with_its_exit_code() -> None:
    """A step killed before it reported raises StepFailed naming the step and the signal."""
    with pytest.raises(StepFailed, match=r"^the render stopped \(exit code -9\)$"):
        Forked(_killed, name="render").result()
