"""Comments of a list item that a change folds into another item, kept by moving them.

``briefings merge`` folds an entities.yaml entry into another one; the entry's lines go,
and with them the editor's comments on it. ``item_comments`` collects those comments from
the file before the change (on the node spans of generator.yaml_edit) and ``with_comments``
writes them above the entry that took the folded one in, in the file after it. The result
must load to the same data as before, or nothing is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import yaml

from generator.yaml_edit import _BOM, _CannotEdit, _Editor, _is_block, _Loader, _Span, same
from generator.yamlio import load_yaml, node_value


def item_comments(text: str, key: str, fits: Callable[[Any], bool]) -> list[str]:
    """The comments (``# ...``, without indentation) of the items of the block list at the
    top-level ``key`` whose value ``fits``: the lines above each, those inside it and those
    after its values. None found (or no such block list) gives []."""
    body = text.removeprefix(_BOM)
    try:
        items = _items(body, key)
        editor = _Editor(body)
        entries = editor._entries(items) if items is not None else []
    except (_CannotEdit, yaml.YAMLError, RecursionError):
        return []
    found = []
    for item, entry in zip(items.value if items is not None else [], entries, strict=True):
        if not fits(node_value(item)):
            continue
        trailing = {int(n.end_mark.index) for n in _scalars(item)}
        at = entry.lead
        while at < entry.stop:
            end = editor.span.line_end(at)
            line = body[at:end]
            if line.lstrip().startswith("#"):
                found.append(line.strip())
            else:
                found += [
                    body[cut:end].strip()
                    for cut in sorted(trailing)
                    if at <= cut < end and body[cut:end].lstrip().startswith("#")
                ]
            at = end
    return found


def with_comments(
    text: str, key: str, fits: Callable[[Any], bool], comments: list[str]
) -> str | None:
    """``text`` with ``comments`` written above the first item of the block list at the
    top-level ``key`` whose value ``fits``, at its dash's indentation; None when there is no
    such item or the result would not load to the same data."""
    bom = _BOM if text.startswith(_BOM) else ""
    body = text[len(bom) :]
    try:
        items = _items(body, key)
    except (yaml.YAMLError, RecursionError):
        return None
    target = next((i for i in (items.value if items else []) if fits(node_value(i))), None)
    if target is None or any("\n" in c or not c.startswith("#") for c in comments):
        return None
    span = _Span(body)
    try:
        dash = span.anchor(target)
    except _CannotEdit:
        return None
    start = span.line_start(dash)
    if not span.owns_line(dash):
        return None
    newline = "\r\n" if body[span.line_end(dash) - 2 : span.line_end(dash)] == "\r\n" else "\n"
    lines = "".join(" " * (dash - start) + c + newline for c in comments)
    edited = body[:start] + lines + body[start:]
    before, after = load_yaml(body, ""), load_yaml(edited, "")
    if after.problems or not same(after.data, before.data):
        return None
    return bom + edited


def _items(body: str, key: str) -> yaml.SequenceNode | None:
    """The block list at ``key`` of the top-level mapping, or None."""
    root = yaml.compose(body, Loader=_Loader)
    if not isinstance(root, yaml.MappingNode):
        return None
    for name, value in root.value:
        if node_value(name) == key and isinstance(value, yaml.SequenceNode) and _is_block(value):
            return value if value.value else None
    return None


def _scalars(node: yaml.Node) -> list[yaml.Node]:
    """Every scalar and flow collection inside ``node``: after each a comment may follow."""
    if not _is_block(node):
        return [node]
    children = (
        [c for pair in node.value for c in pair]
        if isinstance(node, yaml.MappingNode)
        else node.value
    )
    return [s for child in children for s in _scalars(child)]


def carry_comments(
    before: str,
    after: str,
    key: str,
    folded: Callable[[Any], bool],
    into: Callable[[Any], bool],
    header: str,
) -> str | None:
    """``after`` (``before`` changed) with the comments that ``before`` had on the items of
    the list at ``key`` that ``folded`` fits and that ``after`` lost, written under ``header``
    above the item ``into`` fits. ``after`` as it is when no comment was lost; None when the
    lost ones cannot be placed."""
    kept = Counter(item_comments(after, key, lambda _: True))
    lost = []
    for comment in item_comments(before, key, folded):
        if kept[comment]:
            kept[comment] -= 1
        else:
            lost.append(comment)
    if not lost:
        return after
    return with_comments(after, key, into, [header, *lost])
