"""The entity register: `briefings entities`, its suspects, and entities.yaml in `check`."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.commands import scaffold
from generator.entities_file import json_schema
from generator.yamlio import dump_yaml
from tests.conftest import ROOT, Result


def person(name: str, role: str | None = None, aliases: list[str] | None = None) -> dict[str, Any]:
    """A people[] entry."""
    return {"name": name, "role": role, "aliases": aliases or []}


def named(name: str, aliases: list[str] | None = None) -> dict[str, Any]:
    """An organizations[] or groups[] entry."""
    return {"name": name, "aliases": aliases or []}


def write_record(root: Path, rid: str, **fields: Any) -> Path:
    """A valid record briefings/<rid>.yaml with the given entity lists."""
    record = scaffold(f"Briefing {rid}", rid, dt.date(2025, 3, 16))
    record.update(fields)
    path = root / "briefings" / f"{rid}.yaml"
    path.write_text(dump_yaml(record), "utf-8")
    return path


def test_entities_lists_each_entity_with_its_briefing_count(
    project: Path, run: Callable[..., Result]
) -> None:
    """Names across records become one line each: count, kind, name, other names."""
    write_record(project, "a", people=[person("Tony Blair", aliases=["Mr Blair"])])
    write_record(project, "b", people=[person("Tony Blair")], organizations=[named("Labour Party")])
    result = run("--root", project, "entities")
    assert (result.code, result.out) == (
        0,
        "    2  person        Tony Blair  (also: Mr Blair)\n    1  organization  Labour Party\n",
    )
    only = run("--root", project, "entities", "--kind", "organization")
    assert only.out == "    1  organization  Labour Party\n"


def test_entities_give_a_persons_roles_over_time(project: Path, run: Callable[..., Result]) -> None:
    """Roles as the records state them, each with the years of those records, earliest first."""
    for rid, date, role in [
        ("a", "2007-05-01", "Prime Minister"),
        ("b", "1994-07-21", "Labour leader"),
        ("c", "1997-05-02", "Prime Minister"),
        ("d", "2009-01-01", None),
    ]:
        write_record(project, rid, date=date, people=[person("Tony Blair", role)])
    assert run("--root", project, "entities").out == (
        "    4  person        Tony Blair  [Labour leader, 1994; Prime Minister, 1997-2007]\n"
    )


def test_suspects_name_a_bare_surname_and_its_one_full_name(
    project: Path, run: Callable[..., Result]
) -> None:
    """'Blair' in one record and 'Tony Blair' in another: --suspects pairs them."""
    write_record(project, "a", people=[person("Blair")])
    write_record(project, "b", people=[person("Tony Blair")])
    result = run("--root", project, "entities", "--suspects")
    assert (result.code, result.out) == (
        0,
        "duplicate? person 'Blair' (1 briefing) and 'Tony Blair' (1 briefing): a bare surname"
        " that matches one full name; try: briefings merge Blair 'Tony Blair'\n",
    )


def test_check_warns_of_suspects_without_failing(project: Path, run: Callable[..., Result]) -> None:
    """'Blair' beside 'Tony Blair': check passes, and says on stderr where to look."""
    write_record(project, "a", people=[person("Blair")])
    write_record(project, "b", people=[person("Tony Blair")])
    result = run("--root", project, "check")
    assert (result.code, result.out) == (0, "")
    assert result.err == (
        "2 record(s), no problems\n"
        "warning: 1 suspected duplicate or non-entity name(s);"
        " 'briefings entities --suspects' lists them\n"
    )


def test_a_surname_of_two_full_names_is_no_suspect(
    project: Path, run: Callable[..., Result]
) -> None:
    """'Bush' with 'George Bush' and 'Laura Bush' known is ambiguous, so not listed."""
    write_record(project, "a", people=[person("Bush"), person("George Bush")])
    write_record(project, "b", people=[person("Laura Bush")])
    assert run("--root", project, "entities", "--suspects").out == ""


def test_suspects_name_near_identical_spellings(project: Path, run: Callable[..., Result]) -> None:
    """Names differing in accents, case, hyphens or a leading 'the' are listed, smaller first."""
    write_record(project, "a", organizations=[named("Al Jazeera"), named("The Guardian")])
    write_record(project, "b", organizations=[named("Al Jazeera"), named("Guardian")])
    write_record(project, "c", organizations=[named("al-Jazeera")])
    write_record(project, "d", people=[person("José Álvarez")])
    write_record(project, "e", people=[person("Jose Alvarez")])
    result = run("--root", project, "entities", "--suspects")
    assert result.out == (
        "duplicate? person 'José Álvarez' (1 briefing) and 'Jose Alvarez' (1 briefing):"
        " near-identical spellings; try: briefings merge 'José Álvarez' 'Jose Alvarez'\n"
        "duplicate? organization 'al-Jazeera' (1 briefing) and 'Al Jazeera' (2 briefings):"
        " near-identical spellings; try: briefings merge al-Jazeera 'Al Jazeera'\n"
        "duplicate? organization 'The Guardian' (1 briefing) and 'Guardian' (1 briefing):"
        " near-identical spellings; try: briefings merge 'The Guardian' Guardian\n"
    )


def test_suspects_name_two_forms_of_one_given_name(
    project: Path, run: Callable[..., Result]
) -> None:
    """'Joe Caldwin' beside 'Joseph Caldwin' (a nickname of the given name) is listed."""
    write_record(project, "a", people=[person("Joseph Caldwin")])
    write_record(project, "b", people=[person("Joseph Caldwin"), person("Joe Caldwin")])
    write_record(project, "c", people=[person("Jonah Caldwin")])
    assert run("--root", project, "entities", "--suspects").out == (
        "duplicate? person 'Joe Caldwin' (1 briefing) and 'Joseph Caldwin' (2 briefings):"
        " one given name in two forms; try: briefings merge 'Joe Caldwin' 'Joseph Caldwin'\n"
    )


def test_suspects_name_an_alias_claimed_by_two_entities(
    project: Path, run: Callable[..., Result]
) -> None:
    """'IS' of two organizations is listed once, naming both; a family name two share is not."""
    write_record(project, "a", organizations=[named("Islamic State", ["IS"])])
    write_record(project, "b", organizations=[named("Islamic Society", ["IS"])])
    write_record(project, "c", people=[person("Ali al-Amiri", None, ["Amiri"])])
    write_record(project, "d", people=[person("Omar al-Amiri", None, ["Amiri", "al-Amiri"])])
    result = run("--root", project, "entities", "--suspects")
    assert result.out == (
        "duplicate? organization alias 'IS' is claimed by 'Islamic Society' and 'Islamic State'\n"
    )


def test_suspects_name_a_one_word_person_that_is_an_organization_elsewhere(
    project: Path, run: Callable[..., Result]
) -> None:
    """'Twitter' as a person and as an organization: listed as likely no person."""
    write_record(project, "a", people=[person("Twitter")])
    write_record(project, "b", organizations=[named("Twitter")])
    result = run("--root", project, "entities", "--suspects")
    assert result.out == (
        "not a person? 'Twitter' (1 briefing) is one word and also named as an organization;"
        " if it is no person, list it under not_entities in briefings/entities.yaml\n"
    )


def test_entities_yaml_rejects_and_merges_names(project: Path, run: Callable[..., Result]) -> None:
    """A rejected name leaves the register; a merged one counts for its canonical entity."""
    write_record(project, "a", people=[person("Twitter"), person("Blair")])
    write_record(project, "b", people=[person("Tony Blair")])
    (project / "briefings" / "entities.yaml").write_text(
        "entities:\n"
        "  - name: Tony Blair\n"
        "    kind: person\n"
        "    aliases: [Blair]\n"
        "not_entities:\n"
        "  - name: Twitter\n"
        "    kind: person\n",
        "utf-8",
    )
    listed = run("--root", project, "entities").out
    assert listed == "    2  person        Tony Blair  (also: Blair)\n"
    assert run("--root", project, "entities", "--suspects").out == ""
    checked = run("--root", project, "check")
    assert (checked.code, checked.out) == (0, "")
    assert "2 record(s), no problems" in checked.err


def test_check_locates_problems_in_entities_yaml(project: Path, run: Callable[..., Result]) -> None:
    """A bad kind, an unknown field and an alias of two entities are each reported at their line."""
    write_record(project, "a", people=[person("Blair")])
    (project / "briefings" / "entities.yaml").write_text(
        "entities:\n"
        "  - name: Tony Blair\n"
        "    kind: human\n"
        "    aliases: [Blair]\n"
        "  - name: Cherie Blair\n"
        "    kind: person\n"
        "    aliasses: [Blair]\n",
        "utf-8",
    )
    result = run("--root", project, "check")
    assert (result.code, result.out) == (
        1,
        "briefings/entities.yaml:3: entities[0].kind: expected one of person, organization,"
        " place, group; got 'human'\n"
        "briefings/entities.yaml:5: entities[1].aliases: missing required field\n"
        "briefings/entities.yaml:7: entities[1].aliasses: unknown field (did you mean"
        " 'aliases'?)\n",
    )
    (project / "briefings" / "entities.yaml").write_text(
        "entities:\n"
        "  - name: Tony Blair\n"
        "    kind: person\n"
        "    aliases: [Blair]\n"
        "  - name: Cherie Blair\n"
        "    kind: person\n"
        "    aliases: [Blair]\n"
        "not_entities:\n"
        "  - {name: Tony Blair, kind: person}\n",
        "utf-8",
    )
    result = run("--root", project, "check")
    assert (result.code, result.out) == (
        1,
        "briefings/entities.yaml:7: entities[1].aliases[0]: 'Blair' is already a name of the"
        " person 'Tony Blair' (entities[0].aliases[0])\n"
        "briefings/entities.yaml:9: not_entities[0].name: 'Tony Blair' is a name of the person"
        " 'Tony Blair' in entities; it cannot also be no entity\n",
    )


def test_entities_yaml_is_not_read_as_a_record(project: Path, run: Callable[..., Result]) -> None:
    """briefings/entities.yaml sits beside the records and is never checked as a briefing."""
    (project / "briefings" / "entities.yaml").write_text("entities: []\n", "utf-8")
    result = run("--root", project, "check")
    assert (result.code, result.out) == (0, "")
    assert "0 record(s), no problems" in result.err


def test_new_never_takes_the_register_file_name(project: Path, run: Callable[..., Result]) -> None:
    """`briefings new "Entities"` names its record entities-2, leaving entities.yaml alone."""
    (project / "briefings" / "entities.yaml").write_text("entities: []\n", "utf-8")
    result = run("--root", project, "new", "Entities")
    assert result.out == "briefings/entities-2.yaml\n"
    assert (project / "briefings" / "entities.yaml").read_text("utf-8") == "entities: []\n"


def test_shipped_entities_schema_is_the_generated_one() -> None:
    """generator/schema/entities.schema.json matches the definition in entities_file.py."""
    shipped = json.loads((ROOT / "generator/schema/entities.schema.json").read_text("utf-8"))
    assert shipped == json_schema()


def test_a_reader_that_stops_early_gets_no_error(project: Path) -> None:
    """`briefings entities | head -1` prints one line and no broken-pipe error."""
    for rid in ("a", "b", "c"):
        people = [person(f"Person {rid} {n}") for n in range(500)]
        write_record(
            project, rid, people=people, groups=[named(f"Group {rid} {n}") for n in range(500)]
        )
    result = subprocess.run(
        f"{ROOT / '.venv/bin/briefings'} --root {project} entities | head -1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.stdout.count("\n"), result.stderr) == (1, "")


def test_entities_of_a_desk_with_a_broken_record(project: Path, run: Callable[..., Result]) -> None:
    """The valid records are listed; the broken one is pointed to, not guessed at."""
    write_record(project, "a", people=[person("Tony Blair")])
    (project / "briefings" / "b.yaml").write_text("id: b\npeople: [\n", "utf-8")
    result = run("--root", project, "entities")
    assert (result.code, result.out) == (0, "    1  person        Tony Blair\n")
    assert result.err == "1 problem(s) in records; 'briefings check' lists them\n"


def test_the_command_line_offers_every_kind_of_the_register() -> None:
    """--kind choices (spelt in cli.py to keep it light) are the register's kinds."""
    from generator.cli import KIND_NAMES
    from generator.entities_file import KINDS

    assert tuple(KINDS) == KIND_NAMES
