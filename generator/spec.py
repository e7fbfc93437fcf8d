"""The schema language of the files editors write: four kinds of value, validated and
described as JSON Schema.

generator.record defines the briefing record in it; generator.entities_file the
entity register. A validator collects every problem, each located at its line.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.problems import Problem
from generator.yamlio import Loaded


@dataclass(frozen=True)
class Text:
    """A string, optionally null, constrained by a check."""

    description: str
    nullable: bool = False
    max_length: int = 10_000
    enum: tuple[str, ...] = ()
    pattern: str = ""
    check: Callable[[str], str | None] | None = None
    json_format: str = ""


@dataclass(frozen=True)
class ListOf:
    """A list of values of one kind."""

    item: Spec
    description: str
    max_items: int = 500
    unique_by: str = ""


@dataclass(frozen=True)
class Mapping:
    """A mapping with a fixed set of fields, all required, in this order."""

    fields: dict[str, Spec]
    description: str
    nullable: bool = False
    optional: frozenset[str] = field(default_factory=frozenset)


Spec = Text | ListOf | Mapping


# --- validation -----------------------------------------------------------------

_TYPE_NAMES: dict[type, str] = {
    str: "text",
    list: "a list",
    dict: "a mapping",
    bool: "true/false",
    int: "a number",
    float: "a number",
    type(None): "null",
}


def _got(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _expected(spec: Spec) -> str:
    if isinstance(spec, Text):
        return "text"
    return "a list" if isinstance(spec, ListOf) else "a mapping"


class Validator:
    """Checks loaded values against specs; every problem is kept, located at its line."""

    def __init__(self, loaded: Loaded, path: str) -> None:
        self.loaded = loaded
        self.path = path
        self.problems: list[Problem] = []

    def report(self, at: str, message: str, line: int | None = None) -> None:
        self.problems.append(Problem(self.path, line or self.loaded.line_of(at), at, message))

    def value(self, spec: Spec, value: Any, at: str) -> None:
        if value is None:
            if not getattr(spec, "nullable", False):
                self.report(at, f"expected {_expected(spec)}, got null")
            return
        if isinstance(spec, Text):
            self.text(spec, value, at)
        elif isinstance(spec, ListOf):
            self.list(spec, value, at)
        else:
            self.mapping(spec, value, at)

    def text(self, spec: Text, value: Any, at: str) -> None:
        if not isinstance(value, str):
            self.report(at, f"expected text, got {_got(value)}")
            return
        if len(value) > spec.max_length:
            self.report(at, f"text is {len(value)} characters, over the limit of {spec.max_length}")
            return
        if spec.check is not None:
            message = spec.check(value)
            if message:
                self.report(at, message)
                return
        if spec.enum and value not in spec.enum:
            self.report(at, f"expected one of {', '.join(spec.enum)}; got '{value}'")

    def list(self, spec: ListOf, value: Any, at: str) -> None:
        if not isinstance(value, list):
            self.report(at, f"expected a list, got {_got(value)}")
            return
        if len(value) > spec.max_items:
            self.report(at, f"{len(value)} items, over the limit of {spec.max_items}")
            return
        seen: dict[str, int] = {}
        for index, item in enumerate(value):
            item_at = f"{at}[{index}]"
            self.value(spec.item, item, item_at)
            if spec.unique_by and isinstance(item, dict):
                key = item.get(spec.unique_by)
                if isinstance(key, str):
                    if key in seen:
                        self.report(
                            f"{item_at}.{spec.unique_by}",
                            f"'{key}' is listed twice (also {at}[{seen[key]}]); merge the two"
                            " entries",
                        )
                    seen.setdefault(key, index)

    def mapping(self, spec: Mapping, value: Any, at: str) -> None:
        if not isinstance(value, dict):
            self.report(at, f"expected a mapping, got {_got(value)}")
            return
        prefix = f"{at}." if at else ""
        for key in value:
            if key not in spec.fields:
                close = difflib.get_close_matches(key, list(spec.fields), n=1, cutoff=0.6)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.report(f"{prefix}{key}", f"unknown field{hint}")
        for name, child in spec.fields.items():
            if name in value:
                self.value(child, value[name], f"{prefix}{name}")
            elif name not in spec.optional:
                self.report(f"{prefix}{name}", "missing required field", self.loaded.line_of(at))


def validate_against(spec: Spec, loaded: Loaded, path: str) -> list[Problem]:
    """Every problem of a loaded file (a record, entities.yaml) against ``spec``."""
    validator = Validator(loaded, path)
    validator.value(spec, loaded.data, "")
    return validator.problems


# --- JSON Schema -------------------------------------------------------------------


def _schema(spec: Spec) -> dict[str, Any]:
    out: dict[str, Any]
    if isinstance(spec, Text):
        out = {
            "type": ["string", "null"] if spec.nullable else "string",
            "description": spec.description,
            "maxLength": spec.max_length,
        }
        if spec.enum:
            out["enum"] = list(spec.enum) + ([None] if spec.nullable else [])
        if spec.pattern:
            out["pattern"] = spec.pattern
        if spec.json_format:
            out["format"] = spec.json_format
        return out
    if isinstance(spec, ListOf):
        return {
            "type": "array",
            "description": spec.description,
            "maxItems": spec.max_items,
            "items": _schema(spec.item),
        }
    out = {
        "type": ["object", "null"] if spec.nullable else "object",
        "description": spec.description,
        "additionalProperties": False,
        "required": [name for name in spec.fields if name not in spec.optional],
        "properties": {name: _schema(child) for name, child in spec.fields.items()},
    }
    return out


def schema_of(spec: Spec) -> dict[str, Any]:
    """The JSON Schema of ``spec``."""
    return _schema(spec)
