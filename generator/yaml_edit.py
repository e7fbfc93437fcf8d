"""Rewrite a YAML file's values in place, keeping every byte the change does not touch.

Editors comment records and lay them out as they like; a command that changes a few
values (``merge``, ``rename-briefing``) must leave all that alone. ``edit_yaml`` takes
the file's text and the data it should now hold, walks PyYAML's node tree (each node
knows where its text starts and ends) beside the new data, and splices only what
differs:

- a changed scalar is written in its place, in the quoting style it had where that
  style can hold the new value;
- a list keeps its items' text (with their comments) and order; items are matched
  to the new list by equal value, then by equal ``name``, then in order, so an item
  the new list moves (a folded merge entry) moves with its comments, a dropped one goes
  with its lines, and a new one is written in the generator's layout at the list's
  indentation;
- a mapping keeps its keys' order; a new key goes after the key it follows in the
  new data (never first), a dropped key goes with its lines.

Anything else (a block scalar ``|``/``>`` whose value changes, keys added to a flow
mapping, a comment between a dash and its item) gives None: the caller re-dumps the
record instead and says that comments could not be kept. The result is read back and
must load to exactly the new data, or it is None too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from generator.yamlio import RecordDumper, dump_yaml, load_yaml, node_value

try:  # libyaml is an optional accelerator of PyYAML; its marks count characters too
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

#: Said in a command's line for a file that had to be re-dumped instead.
COMMENTS_LOST = "comments could not be kept"

_BOM = "\ufeff"
_STR = "tag:yaml.org,2002:str"
_LONE_NEWLINE = re.compile(r"(?<!\r)\n")


class _CannotEdit(Exception):
    """This change cannot be made in place."""


def edit_yaml(text: str, new: Any) -> str | None:
    """``text`` changed in place to hold ``new``; None when that cannot be done exactly."""
    bom = _BOM if text.startswith(_BOM) else ""
    body = text[len(bom) :]
    try:
        root = yaml.compose(body, Loader=_Loader)
        if root is None:
            return None
        start, end = _Span(body).of(root)
        edited = body[:start] + _Editor(body).render(root, new) + body[end:]
    except (_CannotEdit, yaml.YAMLError, RecursionError):
        return None
    if "\r\n" in body and "\n" not in body.replace("\r\n", ""):
        edited = _LONE_NEWLINE.sub("\r\n", edited)  # added lines end as the file's lines do
    loaded = load_yaml(edited, "")
    if loaded.problems or not same(loaded.data, new):
        return None
    return bom + edited


def same(a: Any, b: Any) -> bool:
    """Equal data, types included (``1 == True`` and ``1 == 1.0`` in Python, not in YAML)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


@dataclass
class _Span:
    """Where a node's text starts and ends; a block collection owns whole lines."""

    text: str

    def line_start(self, at: int) -> int:
        return self.text.rfind("\n", 0, at) + 1

    def line_end(self, at: int) -> int:
        """Just past the newline of the line holding ``at`` (its trailing comment kept)."""
        cut = self.text.find("\n", at)
        return len(self.text) if cut < 0 else cut + 1

    def content_end(self, node: yaml.Node) -> int:
        """End of the node's last value, before any comment or blank line after it."""
        if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
            # A block scalar ends where the next line starts: its own lines end before.
            return len(self.text[: node.end_mark.index].rstrip(" \n"))
        if not _is_block(node):
            return int(node.end_mark.index)
        last = node.value[-1]
        if isinstance(node, yaml.MappingNode):
            return max(self.content_end(last[0]), self.content_end(last[1]))
        return self.content_end(last)

    def anchor(self, node: yaml.Node) -> int:
        """Where a block entry starts: a mapping's key, or a sequence item's dash."""
        if isinstance(node, tuple):  # a mapping's (key, value)
            return int(node[0].start_mark.index)
        at = int(node.start_mark.index) - 1
        while at >= 0 and self.text[at] in " \t\r\n":
            at -= 1
        if at < 0 or self.text[at] != "-":
            raise _CannotEdit("no dash before a list item")  # e.g. a comment in between
        return at

    def owns_line(self, at: int) -> bool:
        """Only indentation stands before ``at`` on its line."""
        return not self.text[self.line_start(at) : at].strip()

    def of(self, node: yaml.Node) -> tuple[int, int]:
        if not _is_block(node):
            return int(node.start_mark.index), self.content_end(node)
        first = self.anchor(node.value[0])
        if not self.owns_line(first):
            return first, self.line_end(self.content_end(node))
        # The comment lines right above the first entry are about it: they go with it.
        start = self.line_start(first)
        while start and self.text[self.line_start(start - 1) : start].lstrip().startswith("#"):
            start = self.line_start(start - 1)
        return start, self.line_end(self.content_end(node))


@dataclass
class _Entry:
    """One entry of a block collection: its leading lines, its value's span, its end."""

    lead: int
    value: yaml.Node
    stop: int
    key_end: int | None  # where a mapping entry's key ends (its colon follows)


class _Editor:
    def __init__(self, text: str) -> None:
        self.text = text
        self.span = _Span(text)

    def render(self, node: yaml.Node, new: Any) -> str:
        """The text of ``node``'s span, changed to hold ``new``."""
        start, end = self.span.of(node)
        if same(node_value(node), new):
            return self.text[start:end]
        if isinstance(node, yaml.ScalarNode):
            if isinstance(new, dict | list) or node.style in ("|", ">"):
                raise _CannotEdit("a block scalar or a scalar turned collection")
            # An empty value ('role:') ends at its colon: the new one needs a space.
            space = " " if start == end else ""
            return space + _scalar_text(new, node.style)
        if isinstance(node, yaml.MappingNode) and isinstance(new, dict):
            if node.flow_style:
                return self._flow_mapping(node, new)
            return self._block_mapping(node, new)
        if isinstance(node, yaml.SequenceNode) and isinstance(new, list):
            if node.flow_style:
                return self._flow_sequence(node, new)
            return self._block_sequence(node, new)
        raise _CannotEdit("a collection changed kind")

    # --- block collections ------------------------------------------------------------

    def _entries(self, node: yaml.Node) -> list[_Entry]:
        pairs = node.value
        values = [p[1] for p in pairs] if isinstance(node, yaml.MappingNode) else pairs
        start, _ = self.span.of(node)
        entries = []
        for number, (pair, value) in enumerate(zip(pairs, values, strict=True)):
            if number:
                lead = self.span.line_end(self.span.content_end(values[number - 1]))
                if not self.span.owns_line(self.span.anchor(pair)):
                    raise _CannotEdit("two entries on one line")
            else:
                lead = start
            stop = self.span.line_end(self.span.content_end(value))
            key_end = int(pair[0].end_mark.index) if pair is not value else None
            entries.append(_Entry(lead, value, stop, key_end))
        return entries

    def _entry_text(self, entry: _Entry, new: Any) -> str:
        """The entry's lines with its value changed to ``new``."""
        if isinstance(new, list | dict) and not new and _is_block(entry.value):
            # An emptied block collection becomes [] or {} after its key's colon.
            if entry.key_end is None:
                raise _CannotEdit("an emptied collection in a list")
            colon = self.text.index(":", entry.key_end) + 1
            rest = self.text[colon : self.span.line_end(colon)]  # the key line's comment
            empty = " []" if isinstance(new, list) else " {}"
            return self.text[entry.lead : colon] + empty + rest
        start, end = self.span.of(entry.value)
        value = self.render(entry.value, new)
        return self.text[entry.lead : start] + value + self.text[end : entry.stop]

    def _indent(self, node: yaml.Node) -> str:
        first = self.span.anchor(node.value[0])
        return " " * (first - self.span.line_start(first))

    def _block_mapping(self, node: yaml.MappingNode, new: dict[str, Any]) -> str:
        entries = self._entries(node)
        keys = [node_value(key) for key, _ in node.value]
        by_key = dict(zip(keys, entries, strict=True))
        if keys[0] not in new and not self.span.owns_line(self.span.anchor(node.value[0])):
            raise _CannotEdit("the first key of a list item removed")  # it holds the dash
        chunks: dict[str, str] = {k: self._entry_text(by_key[k], new[k]) for k in keys if k in new}
        placed: list[str] = [k for k in keys if k in new]
        indent = self._indent(node)
        # A key that would come first goes after the first kept key instead: the first
        # entry's text starts with the comments above it, or shares a list item's dash line.
        after: str | None = placed[0] if placed else None
        for key in new:
            if key in by_key:
                after = key
                continue
            chunks[key] = _block_text({key: new[key]}, indent)
            placed.insert(placed.index(after) + 1 if after is not None else 0, key)
            after = key
        return "".join(chunks[k] for k in placed)

    def _block_sequence(self, node: yaml.SequenceNode, new: list[Any]) -> str:
        entries = self._entries(node)
        matched = _match([node_value(item) for item in node.value], new)
        if matched[:1] != [0] and not self.span.owns_line(self.span.anchor(node.value[0])):
            raise _CannotEdit("a new first item of a list that starts after a dash")
        indent = self._indent(node)
        out = []
        for value, old in zip(new, matched, strict=True):
            if old is None:
                out.append(_block_text([value], indent))
            else:
                out.append(self._entry_text(entries[old], value))
        return "".join(out)

    # --- flow collections -------------------------------------------------------------

    def _flow_mapping(self, node: yaml.MappingNode, new: dict[str, Any]) -> str:
        keys = [node_value(key) for key, _ in node.value]
        if keys != list(new):
            raise _CannotEdit("keys added to or dropped from a flow mapping")
        return self._splice(node, [value for _, value in node.value], list(new.values()))

    def _flow_sequence(self, node: yaml.SequenceNode, new: list[Any]) -> str:
        matched = _match([node_value(item) for item in node.value], new)
        if matched == list(range(len(node.value))):
            return self._splice(node, node.value, new)
        start, end = self.span.of(node)
        if "#" in self.text[start:end] or "\n" in self.text[start:end]:
            raise _CannotEdit("a flow list over lines or with comments changes its items")
        items = [
            _flow_text(value) if old is None else self.render(node.value[old], value)
            for value, old in zip(new, matched, strict=True)
        ]
        return "[" + ", ".join(items) + "]"

    def _splice(self, node: yaml.Node, children: list[yaml.Node], new: list[Any]) -> str:
        """The flow collection's text with each child changed in its place."""
        start, end = self.span.of(node)
        out, at = [], start
        for child, value in zip(children, new, strict=True):
            child_start, child_end = self.span.of(child)
            out += [self.text[at:child_start], self.render(child, value)]
            at = child_end
        return "".join(out) + self.text[at:end]


def _is_block(node: yaml.Node) -> bool:
    return isinstance(node, yaml.MappingNode | yaml.SequenceNode) and not node.flow_style


def _match(old: list[Any], new: list[Any]) -> list[int | None]:
    """For each new item, the old item it continues (None: a new item).

    Equal items first, then entries of the same ``name``, then the rest in order.
    """
    matched: list[int | None] = [None] * len(new)
    free = list(range(len(old)))

    def pair(fits: Any) -> None:
        for j, value in enumerate(new):
            if matched[j] is None:
                i = next((i for i in free if fits(old[i], value)), None)
                if i is not None:
                    matched[j] = i
                    free.remove(i)

    pair(same)
    pair(
        lambda a, b: (
            isinstance(a, dict) and isinstance(b, dict) and a.get("name", a) == b.get("name", b)
        )
    )
    pair(lambda a, b: isinstance(a, dict) == isinstance(b, dict))
    return matched


def _block_text(value: dict[str, Any] | list[Any], indent: str) -> str:
    """``value`` (one key or one list item) in the generator's layout, at ``indent``."""
    return "".join(
        indent + line if line.strip() else line
        for line in dump_yaml(value, header="").splitlines(keepends=True)
    )


def _flow_text(value: Any) -> str:
    """``value`` as an item of a flow list, on one line."""
    text = yaml.dump(
        [value], Dumper=RecordDumper, allow_unicode=True, default_flow_style=True, width=1_000_000
    )
    return text.strip()[1:-1]


def _scalar_text(value: Any, style: str | None) -> str:
    """``value`` as a scalar on one line, in ``style`` where that style can hold it.

    Written as an item of a flow list: a plain scalar safe there is safe anywhere a
    value stands, and the emitter quotes whatever would read back as another type.
    """
    if not isinstance(value, str):
        return _flow_text(value)
    scalar = yaml.ScalarNode(_STR, value, style=style or None)
    text = yaml.serialize(
        yaml.SequenceNode("tag:yaml.org,2002:seq", [scalar], flow_style=True),
        Dumper=RecordDumper,
        allow_unicode=True,
        width=1_000_000,
    )
    assert text is not None
    return text.strip()[1:-1]
