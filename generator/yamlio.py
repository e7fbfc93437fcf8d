"""Safe YAML loading with line numbers, and a stable dumper for records.

Loading goes through libyaml (``CSafeLoader``) when it is available, because
the pure-Python loader costs ~5 ms a record. We compose the node graph rather
than constructing objects so that every value keeps its line, duplicate keys
can be reported, and anchors/aliases can be refused before anything expands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from generator.problems import Problem

try:  # libyaml is an optional accelerator of PyYAML
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 20

#: First line of every record: lets VS Code (yaml-language-server) validate.
SCHEMA_COMMENT = "# yaml-language-server: $schema=../generator/schema/briefing.schema.json\n"


@dataclass
class Loaded:
    """A loaded YAML document and the line of every value in it.

    ``lines`` maps a field path such as ``people[1].role`` to its 1-based line.
    """

    data: Any
    lines: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, path: str) -> int:
        """Line of ``path``, or of its nearest parent that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = _parent(path)
        return self.lines.get("", 1)


def _parent(path: str) -> str:
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""


def _join(prefix: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{prefix}[{key}]"
    return f"{prefix}.{key}" if prefix else key


_SCALAR_CONSTRUCTOR = yaml.SafeLoader("")


def _scalar(node: yaml.ScalarNode) -> Any:
    # Timestamps stay text: a record's date is validated as text, and an
    # editor's unquoted 2025-03-14 must not become a datetime on round trip.
    if node.tag == "tag:yaml.org,2002:timestamp":
        return node.value
    try:
        return _SCALAR_CONSTRUCTOR.construct_object(node, deep=True)
    finally:
        # The constructor remembers every node it built (for anchors, which records
        # may not use): one shared constructor would keep every node of every file.
        _SCALAR_CONSTRUCTOR.constructed_objects.pop(node, None)


def load_yaml(text: str, path: str) -> Loaded:
    """Parse one YAML document; problems are collected, never raised."""
    loaded = Loaded(data=None)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_FILE_BYTES:
        loaded.problems.append(
            Problem(path, 1, "", f"file is {size} bytes, over the limit of {MAX_FILE_BYTES}")
        )
        return loaded
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        loaded.problems.append(Problem(path, line, "", "NUL byte in file"))
        return loaded
    try:
        # An anchor needs "&" and an alias "*": most records have neither, and skip
        # this second parse (half the cost of loading a record).
        events = yaml.parse(text, Loader=_Loader) if ("&" in text or "*" in text) else ()
        for event in events:
            anchor = getattr(event, "anchor", None)
            if anchor is not None:
                alias = isinstance(event, yaml.AliasEvent)
                name = f"alias '*{anchor}'" if alias else f"anchor '&{anchor}'"
                line = event.start_mark.line + 1 if event.start_mark else 1
                loaded.problems.append(
                    Problem(path, line, "", f"YAML {name} is not allowed; write the value out")
                )
                return loaded
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        column = mark.column + 1 if mark else 1
        reason = error.problem or error.context or "invalid YAML"
        loaded.problems.append(
            Problem(path, line, "", f"YAML syntax error at column {column}: {reason}")
        )
        return loaded
    except yaml.YAMLError as error:
        loaded.problems.append(Problem(path, 1, "", f"YAML error: {error}"))
        return loaded
    if node is None:
        loaded.problems.append(Problem(path, 1, "", "file is empty"))
        return loaded
    loaded.lines[""] = node.start_mark.line + 1
    loaded.data = _build(node, "", loaded, path, 0)
    return loaded


def node_value(node: yaml.Node) -> Any:
    """The data a composed node stands for, read as ``load_yaml`` reads it."""
    return _build(node, "", Loaded(data=None), "", 0)


def _build(node: yaml.Node, at: str, loaded: Loaded, path: str, depth: int) -> Any:
    if depth > MAX_DEPTH:
        loaded.problems.append(
            Problem(path, node.start_mark.line + 1, at, f"nested deeper than {MAX_DEPTH} levels")
        )
        return None
    if isinstance(node, yaml.ScalarNode):
        try:
            return _scalar(node)
        except yaml.YAMLError as error:
            loaded.problems.append(Problem(path, node.start_mark.line + 1, at, str(error)))
            return None
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, child in enumerate(node.value):
            child_at = _join(at, index)
            loaded.lines[child_at] = child.start_mark.line + 1
            items.append(_build(child, child_at, loaded, path, depth + 1))
        return items
    if isinstance(node, yaml.MappingNode):
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _build(key_node, at, loaded, path, depth + 1)
            line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                loaded.problems.append(Problem(path, line, at, f"key {key!r} is not text"))
                continue
            child_at = _join(at, key)
            if key in mapping:
                first = loaded.lines.get(child_at, line)
                loaded.problems.append(
                    Problem(path, line, child_at, f"duplicate key (first defined on line {first})")
                )
                continue
            loaded.lines[child_at] = line
            mapping[key] = _build(value_node, child_at, loaded, path, depth + 1)
        return mapping
    raise AssertionError(f"unknown YAML node {node!r}")  # pragma: no cover


class RecordDumper(yaml.SafeDumper):
    """Block style; multi-line text as literal blocks, long text folded.

    Pure Python on purpose: dumping happens once per generated record, and
    only the Python emitter lets us indent list items.
    """

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
        # Indent list items under their key: easier to read and edit.
        return super().increase_indent(flow, False)


_TRAILING_SPACE = re.compile(r"[ \t]+\n")


# Unicode line breaks other than \n are folded by YAML readers unless escaped,
# which only double quotes can do.
_UNICODE_BREAKS = re.compile("[\x85\u2028\u2029]")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if _UNICODE_BREAKS.search(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    if "\n" in value and not _TRAILING_SPACE.search(value) and not value.endswith((" ", "\t")):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


RecordDumper.add_representer(str, _represent_str)


def dump_yaml(data: Any, *, header: str = SCHEMA_COMMENT) -> str:
    """Dump ``data`` in the one stable form used for every record."""
    text = yaml.dump(
        data,
        Dumper=RecordDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=88,
        indent=2,
    )
    return header + text
