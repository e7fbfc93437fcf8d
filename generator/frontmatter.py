"""YAML front matter of a seed: the fields we use, and warnings for the rest.

Front matter written by other tools carries fields we do not use (`author`, `tags`,
`image`, ...) and values that are not strict YAML (`title: Breaking: ...`). Neither may cost
the article: unknown fields are warnings, and a block YAML refuses is read as plain
``key: value`` lines when it has that shape. Only a block that is neither is a problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator.problems import Problem
from generator.yamlio import load_yaml

FRONT_MATTER_KEYS = ("title", "date", "source", "url", "topics", "id")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_PLAIN_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*$")


@dataclass
class FrontMatter:
    """The known fields of a front matter block, the text after it, what went wrong."""

    data: dict[str, Any]
    rest: str
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _plain(block: str) -> tuple[dict[str, Any], dict[str, int]] | None:
    """``key: value`` lines as strings ("[a, b]" as a list), or None if a line is not one."""
    data: dict[str, Any] = {}
    lines: dict[str, int] = {}
    for number, line in enumerate(block.split("\n"), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _PLAIN_LINE.match(line)
        if not match:
            return None
        value = (match.group("value") or "").strip()
        if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        data[match.group("key")] = (
            [v.strip() for v in value[1:-1].split(",") if v.strip()]
            if value.startswith("[") and value.endswith("]")
            else value
        )
        lines[match.group("key")] = number
    return data, lines


def split_front_matter(text: str, path: str) -> FrontMatter:
    """Split a seed's text into its front matter and the rest."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return FrontMatter({}, text)
    rest = text[match.end() :]
    loaded = load_yaml(match.group(1), path)
    warnings: list[str] = []
    if loaded.problems:
        plain = _plain(match.group(1))
        if plain is None:
            problems = [Problem(p.path, p.line + 1, p.field, p.message) for p in loaded.problems]
            return FrontMatter({}, rest, problems)
        first = loaded.problems[0]
        warnings.append(
            f"front matter is not valid YAML (line {first.line + 1}: {first.message}); "
            "read as plain 'key: value' lines"
        )
        values, lines = plain
    else:
        if loaded.data is None:
            return FrontMatter({}, rest)
        if not isinstance(loaded.data, dict):
            return FrontMatter({}, rest, [Problem(path, 2, "", "front matter must be a mapping")])
        values = loaded.data
        lines = {str(key): loaded.line_of(str(key)) for key in values}
    data = {k: v for k, v in values.items() if k in FRONT_MATTER_KEYS}
    unknown = [f"{k} (line {lines.get(str(k), 1) + 1})" for k in values if k not in data]
    if unknown:
        warnings.append(
            f"front matter fields not used: {', '.join(unknown)} "
            f"(used: {', '.join(FRONT_MATTER_KEYS)})"
        )
    return FrontMatter(data, rest, [], warnings)
