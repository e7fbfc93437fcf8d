"""Problems found in input, and how they are printed.

Every command collects problems first and reports them once, sorted, in the
form ``path:line: field: message`` so that editors and CI can jump to them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one input file, located by line and field."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        location = f"{self.path}:{self.line}" if self.line else self.path
        if self.field:
            return f"{location}: {self.field}: {self.message}"
        return f"{location}: {self.message}"


class UsageError(Exception):
    """A command was called wrongly (exit code 2)."""


def format_problems(problems: list[Problem]) -> str:
    """Return the problems sorted, one per line."""
    return "\n".join(str(p) for p in sorted(problems))
