"""``briefings/entities.yaml``: the editor-owned part of the entity register.

It holds what a record cannot say: which names are one entity (``entities``: a
canonical, preferred name with the other names as aliases, written by hand or by
`briefings merge`) and which names are not an entity of a kind (``not_entities``:
"Twitter" is no person). The records stay the source of truth for everything else.

```yaml
entities:
  - name: Ann Okafor
    kind: person
    aliases:
      - Okafor
not_entities:
  - name: Twitter
    kind: person
```
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.layout import ENTITIES_FILE, ENTITIES_NAME
from generator.problems import Problem
from generator.spec import ListOf, Mapping, Text, schema_of, validate_against
from generator.yamlio import Loaded, dump_yaml, load_yaml

ENTITIES_HEADER = "# yaml-language-server: $schema=../generator/schema/entities.schema.json\n"

#: Kind of entity -> the record field that lists entities of that kind.
KINDS: dict[str, str] = {
    "person": "people",
    "organization": "organizations",
    "place": "places",
    "group": "groups",
}

_KIND = Text("person, organization, place or group", enum=tuple(KINDS))
_NAME = Text("A name as records write it", max_length=200)

ENTITIES = Mapping(
    description="The editor-owned part of the entity register (briefings/entities.yaml)",
    fields={
        "entities": ListOf(
            Mapping(
                description="One entity: its preferred name, and the other names it goes by",
                fields={
                    "name": Text("The canonical name readers know", max_length=200),
                    "kind": _KIND,
                    "aliases": ListOf(_NAME, "Other names of this entity (merged into it)"),
                },
            ),
            "Entities with a preferred name or merged names",
            max_items=100_000,
        ),
        "not_entities": ListOf(
            Mapping(
                description="A name that is not an entity of this kind",
                fields={"name": _NAME, "kind": _KIND},
            ),
            "Names rejected as entities of a kind ('Twitter' is no person)",
            max_items=100_000,
        ),
    },
    optional=frozenset({"entities", "not_entities"}),
)


@dataclass
class EntitiesFile:
    """What entities.yaml says (empty when the file does not exist)."""

    entities: list[dict[str, Any]] = field(default_factory=list)
    not_entities: list[dict[str, Any]] = field(default_factory=list)

    def canonical(self) -> dict[tuple[str, str], str]:
        """(kind, alias) -> the canonical name it was merged into."""
        return {
            (str(e["kind"]), str(alias)): str(e["name"])
            for e in self.entities
            for alias in e["aliases"]
        }

    def rejected(self) -> set[tuple[str, str]]:
        """(kind, name) of every name that is not an entity of that kind."""
        return {(str(n["kind"]), str(n["name"])) for n in self.not_entities}

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {}
        if self.entities:
            data["entities"] = self.entities
        if self.not_entities:
            data["not_entities"] = self.not_entities
        return dump_yaml(data or {"entities": []}, header=ENTITIES_HEADER).encode("utf-8")


def json_schema() -> dict[str, Any]:
    """The JSON Schema of entities.yaml, shipped as generator/schema/entities.schema.json."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://briefings.invalid/schema/entities-v1.schema.json",
        "title": "Briefings entity register v1",
        **schema_of(ENTITIES),
    }


def read_entities(folder: Path) -> tuple[EntitiesFile, list[Problem]]:
    """entities.yaml of a briefings/ folder, and every problem in it, located.

    A file with problems gives an empty register: nothing half-read is acted on.
    """
    try:
        raw = (folder / ENTITIES_NAME).read_bytes()
    except FileNotFoundError:
        return EntitiesFile(), []
    except OSError as error:
        return EntitiesFile(), [Problem(ENTITIES_FILE, 0, "", f"cannot read: {error.strerror}")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return EntitiesFile(), [
            Problem(ENTITIES_FILE, line, "", "not valid UTF-8; save the file as UTF-8")
        ]
    return parse_entities(text)


def parse_entities(text: str) -> tuple[EntitiesFile, list[Problem]]:
    """The text of entities.yaml, read and validated (empty if it has problems)."""
    loaded = load_yaml(text, ENTITIES_FILE)
    problems = list(loaded.problems)
    if loaded.data is not None:
        problems += validate_against(ENTITIES, loaded, ENTITIES_FILE)
    if problems:
        return EntitiesFile(), problems
    data = loaded.data
    file = EntitiesFile(list(data.get("entities") or []), list(data.get("not_entities") or []))
    problems = _clashes(file, loaded)
    return (EntitiesFile(), problems) if problems else (file, [])


def _clashes(file: EntitiesFile, loaded: Loaded) -> list[Problem]:
    """A name may stand for one entity of a kind only: as a name or as an alias."""
    problems = []
    owner: dict[tuple[str, str], tuple[str, str]] = {}  # (kind, name) -> (owner, field)

    def claim(kind: str, name: str, entity: str, at: str) -> None:
        key = (kind, name)
        if key in owner and owner[key][0] != entity:
            first, first_at = owner[key]
            problems.append(
                Problem(
                    ENTITIES_FILE,
                    loaded.line_of(at),
                    at,
                    f"'{name}' is already a name of the {kind} '{first}' ({first_at})",
                )
            )
        owner.setdefault(key, (entity, at))

    for index, entity in enumerate(file.entities):
        kind, name = str(entity["kind"]), str(entity["name"])
        at = f"entities[{index}]"
        if (kind, name) in owner and owner[(kind, name)][0] == name:
            problems.append(
                Problem(
                    ENTITIES_FILE,
                    loaded.line_of(f"{at}.name"),
                    f"{at}.name",
                    f"the {kind} '{name}' is listed twice (also {owner[(kind, name)][1]});"
                    " join the two entries",
                )
            )
            continue
        claim(kind, name, name, f"{at}.name")
        for number, alias in enumerate(entity["aliases"]):
            claim(kind, str(alias), name, f"{at}.aliases[{number}]")
    for index, rejected in enumerate(file.not_entities):
        kind, name = str(rejected["kind"]), str(rejected["name"])
        if (kind, name) in owner:
            at = f"not_entities[{index}].name"
            problems.append(
                Problem(
                    ENTITIES_FILE,
                    loaded.line_of(at),
                    at,
                    f"'{name}' is a name of the {kind} '{owner[(kind, name)][0]}' in entities;"
                    " it cannot also be no entity",
                )
            )
    return problems
