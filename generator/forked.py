"""Running one step of a command in a forked process, so that its memory goes when it ends.

`briefings build` renders the pages in a forked process while MkDocs builds
them in another: the records and the site model (a few hundred MB at 10,000
briefings) are given back before MkDocs holds the most. The step's errors
come back to the command as the exceptions the CLI reports, and what it
prints reaches this process's streams even where they are not files (a
program or test that runs the CLI with its output redirected into memory).
"""

from __future__ import annotations

import io
import multiprocessing
import multiprocessing.connection
import sys
import traceback
from collections.abc import Callable
from typing import Any, TextIO

from generator.problems import UsageError


class StepFailed(Exception):
    """The forked step raised an error; its message is the step's own."""


class Forked:
    """``function(*args)`` (returning an exit code) running in a forked process."""

    def __init__(self, function: Callable[..., int], *args: Any, name: str) -> None:
        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe(duplex=False)
        capture = (_in_memory(sys.stdout), _in_memory(sys.stderr))
        self._process = context.Process(
            target=_run, args=(child, function, args, capture), name=name
        )
        self._process.start()
        child.close()

    @property
    def ended(self) -> multiprocessing.connection.Connection:
        """Ready (for ``multiprocessing.connection.wait``) once the step's outcome is in."""
        return self._conn

    def result(self) -> int:
        """Wait for the step; its exit code, or the error it raised, raised here."""
        try:
            outcome = self._conn.recv()
        except EOFError:
            outcome = None
        finally:
            self._process.join()
            self._conn.close()
        if outcome is None:
            raise StepFailed(
                f"the {self._process.name} stopped (exit code {self._process.exitcode})"
            )
        kind, value, details, out, err = outcome
        sys.stdout.write(out)
        sys.stderr.write(err)
        if kind == "returned":
            return int(value)
        if kind == "usage":
            raise UsageError(value)
        if kind == "interrupted":
            raise KeyboardInterrupt
        error = StepFailed(value)
        error.add_note(details)  # shown with the traceback under --debug
        raise error

    def stop(self) -> None:
        """End the step now (the command was interrupted)."""
        self._process.terminate()
        self._process.join()
        self._conn.close()


def _in_memory(stream: TextIO) -> bool:
    """True if ``stream`` is not a file the forked process shares (a StringIO, say)."""
    try:
        stream.fileno()
    except (AttributeError, OSError, ValueError):
        return True
    return False


def _run(
    conn: multiprocessing.connection.Connection,
    function: Callable[..., int],
    args: Any,
    capture: tuple[bool, bool],
) -> None:
    out, err = io.StringIO(), io.StringIO()
    if capture[0]:
        sys.stdout = out
    if capture[1]:
        sys.stderr = err
    try:
        outcome: tuple[str, object, str] = ("returned", function(*args), "")
    except UsageError as error:
        outcome = ("usage", str(error), "")
    except KeyboardInterrupt:
        outcome = ("interrupted", "", "")
    except Exception as error:
        outcome = ("error", str(error), traceback.format_exc())
    conn.send((*outcome, out.getvalue(), err.getvalue()))
    conn.close()
