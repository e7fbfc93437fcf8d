"""`briefings merge FROM INTO`: every record rewritten at once, nothing lost, edits kept."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from generator.ingest import ingest
from generator.project import Project
from generator.seeds import Seed
from generator.yamlio import load_yaml
from tests.conftest import Result
from tests.test_ingest import fake_extract, snapshot
from tests.test_register import named, person, write_record


def people_of(path: Path) -> list[dict[str, Any]]:
    """The people[] of a record file."""
    data: dict[str, Any] = load_yaml(path.read_text("utf-8"), path.name).data
    return list(data["people"])


def test_merge_rewrites_the_record_that_names_from(
    project: Path, run: Callable[..., Result]
) -> None:
    """'Blair' here, 'Tony Blair' there: merge rewrites the first, records it, check passes."""
    first = write_record(project, "a", people=[person("Blair", "Labour leader")])
    second = write_record(project, "b", people=[person("Tony Blair")])
    untouched = second.read_bytes()
    result = run("--root", project, "merge", "Blair", "Tony Blair")
    assert (result.code, result.out) == (
        0,
        "briefings/a.yaml: person 'Blair' merged into 'Tony Blair'\n"
        "briefings/entities.yaml: 'Blair' recorded as an alias of the person 'Tony Blair'\n",
    )
    assert result.err == "2 file(s) changed\n"
    assert people_of(first) == [person("Tony Blair", "Labour leader", ["Blair"])]
    assert second.read_bytes() == untouched
    assert (
        (project / "briefings" / "entities.yaml")
        .read_text("utf-8")
        .endswith(
            "entities:\n  - name: Tony Blair\n    kind: person\n    aliases:\n      - Blair\n"
        )
    )
    checked = run("--root", project, "check")
    assert (checked.code, checked.out) == (0, "")
    assert run("--root", project, "entities", "--suspects").out == ""


def test_a_second_merge_writes_nothing(project: Path, run: Callable[..., Result]) -> None:
    """Merging again what is merged already changes no byte and no modification time."""
    write_record(project, "a", people=[person("Blair")])
    write_record(project, "b", people=[person("Tony Blair")])
    run("--root", project, "merge", "Blair", "Tony Blair")
    before = snapshot(project / "briefings")
    again = run("--root", project, "merge", "Blair", "Tony Blair")
    assert (again.code, again.out, again.err) == (0, "", "nothing to change\n")
    assert snapshot(project / "briefings") == before


def test_an_entities_file_that_knows_the_merge_is_left_as_written(
    project: Path, run: Callable[..., Result]
) -> None:
    """entities.yaml in the editor's own layout, already holding the merge, is not rewritten."""
    write_record(project, "a", people=[person("Blair")])
    entities = project / "briefings" / "entities.yaml"
    entities.write_text(
        "# the desk's merges\nentities:\n- {name: Tony Blair, kind: person, aliases: [Blair]}\n",
        "utf-8",
    )
    result = run("--root", project, "merge", "Blair", "Tony Blair")
    assert result.out == "briefings/a.yaml: person 'Blair' merged into 'Tony Blair'\n"
    assert entities.read_text("utf-8").startswith("# the desk's merges\n")


def test_both_names_in_one_record_become_one_entry(
    project: Path, run: Callable[..., Result]
) -> None:
    """FROM and INTO in one record join where the first stood; FROM's role and quotes move."""
    path = write_record(
        project,
        "a",
        people=[
            person("Blair", "Prime Minister", ["Mr Blair"]),
            person("Gordon Brown"),
            person("Tony Blair", None, ["Tony"]),
        ],
        quotes=[{"text": "We will act.", "speaker": "Blair"}],
    )
    run("--root", project, "merge", "Blair", "Tony Blair")
    assert people_of(path) == [
        person("Tony Blair", "Prime Minister", ["Tony", "Blair", "Mr Blair"]),
        person("Gordon Brown"),
    ]
    data = load_yaml(path.read_text("utf-8"), "a.yaml").data
    assert data["quotes"] == [{"text": "We will act.", "speaker": "Tony Blair"}]


def test_a_differing_role_is_kept_on_into_and_reported(
    project: Path, run: Callable[..., Result]
) -> None:
    """When both have roles, INTO keeps its own and the line names the role FROM had."""
    path = write_record(
        project, "a", people=[person("Blair", "Labour leader"), person("Tony Blair", "MP")]
    )
    result = run("--root", project, "merge", "Blair", "Tony Blair")
    assert result.out.splitlines()[0] == (
        "briefings/a.yaml: person 'Blair' merged into 'Tony Blair'"
        " (role 'MP' kept; 'Blair' had 'Labour leader')"
    )
    assert people_of(path) == [person("Tony Blair", "MP", ["Blair"])]


def test_an_alias_of_another_entity_is_left_alone(
    project: Path, run: Callable[..., Result]
) -> None:
    """'Blair' as an alias of 'Cherie Blair' names her in that text: merge does not touch it."""
    write_record(project, "a", people=[person("Blair")])
    other = write_record(project, "b", people=[person("Cherie Blair", None, ["Blair"])])
    before = other.read_bytes()
    run("--root", project, "merge", "Blair", "Tony Blair")
    assert other.read_bytes() == before


def test_merge_of_organizations_and_their_quotes(project: Path, run: Callable[..., Result]) -> None:
    """An organization merges the same way, and quotes it spoke follow it."""
    path = write_record(
        project,
        "a",
        organizations=[named("UN", ["U.N."])],
        quotes=[{"text": "Aid is coming.", "speaker": "UN"}],
    )
    result = run("--root", project, "merge", "UN", "United Nations")
    assert result.code == 0
    data = load_yaml(path.read_text("utf-8"), "a.yaml").data
    assert data["organizations"] == [named("United Nations", ["UN", "U.N."])]
    assert data["quotes"][0]["speaker"] == "United Nations"


def test_a_name_of_two_kinds_needs_kind(project: Path, run: Callable[..., Result]) -> None:
    """'Twitter' as a person and an organization: merge asks which, and --kind settles it."""
    write_record(project, "a", people=[person("Twitter")], organizations=[named("Twitter")])
    result = run("--root", project, "merge", "Twitter", "X")
    assert (result.code, result.err) == (
        2,
        "briefings: 'Twitter' is named as an organization and a person; say which with --kind\n",
    )
    done = run("--root", project, "merge", "--kind", "organization", "Twitter", "X")
    assert done.out.startswith("briefings/a.yaml: organization 'Twitter' merged into 'X'\n")


def test_unknown_names_and_same_names_are_usage_errors(
    project: Path, run: Callable[..., Result]
) -> None:
    """A name no record knows, or FROM equal to INTO, exits 2 and writes nothing."""
    write_record(project, "a", people=[person("Blair")])
    before = snapshot(project / "briefings")
    unknown = run("--root", project, "merge", "Bliar", "Tony Blair")
    assert (unknown.code, unknown.err) == (
        2,
        "briefings: no record names 'Bliar' and entities.yaml does not know it\n",
    )
    same = run("--root", project, "merge", "Blair", "Blair")
    assert (same.code, same.err) == (
        2,
        "briefings: 'Blair' and 'Blair' are the same name; nothing to merge\n",
    )
    assert snapshot(project / "briefings") == before


def test_merge_into_a_merged_away_name_points_to_its_entity(
    project: Path, run: Callable[..., Result]
) -> None:
    """INTO that entities.yaml already merged into another entity is refused, naming it."""
    write_record(project, "a", people=[person("Blair"), person("PM")])
    write_record(project, "b", people=[person("Tony Blair")])
    run("--root", project, "merge", "Blair", "Tony Blair")
    result = run("--root", project, "merge", "PM", "Blair")
    assert (result.code, result.err) == (
        2,
        "briefings: 'Blair' was merged into the person 'Tony Blair' (entities.yaml);"
        " merge into 'Tony Blair'\n",
    )


def test_merging_a_merged_entity_carries_its_aliases(
    project: Path, run: Callable[..., Result]
) -> None:
    """'Blair' into 'Tony Blair', then 'Tony Blair' into 'Sir Tony Blair': one entry, all names."""
    write_record(project, "a", people=[person("Blair")])
    write_record(project, "b", people=[person("Tony Blair")])
    run("--root", project, "merge", "Blair", "Tony Blair")
    run("--root", project, "merge", "Tony Blair", "Sir Tony Blair")
    text = (project / "briefings" / "entities.yaml").read_text("utf-8")
    assert text.endswith(
        "entities:\n  - name: Sir Tony Blair\n    kind: person\n    aliases:\n"
        "      - Tony Blair\n      - Blair\n"
    )
    assert run("--root", project, "entities").out == (
        "    2  person        Sir Tony Blair  (also: Blair, Tony Blair)\n"
    )
    assert run("--root", project, "check").code == 0


def test_a_name_merged_again_moves_to_its_new_entity(
    project: Path, run: Callable[..., Result]
) -> None:
    """'Blair' into 'Tony Blair', then into 'Cherie Blair': the alias moves, check passes."""
    write_record(project, "a", people=[person("Blair")])
    run("--root", project, "merge", "Blair", "Tony Blair")
    write_record(project, "b", people=[person("Blair")])
    result = run("--root", project, "merge", "Blair", "Cherie Blair")
    assert result.code == 0
    text = (project / "briefings" / "entities.yaml").read_text("utf-8")
    assert text.endswith(
        "entities:\n  - name: Tony Blair\n    kind: person\n    aliases: []\n"
        "  - name: Cherie Blair\n    kind: person\n    aliases:\n      - Blair\n"
    )
    assert run("--root", project, "check").code == 0


def test_a_merge_that_would_break_entities_yaml_writes_nothing(
    project: Path, run: Callable[..., Result]
) -> None:
    """Merging into a name entities.yaml rejects as a person is refused, saying where."""
    write_record(project, "a", people=[person("Tweets")])
    (project / "briefings" / "entities.yaml").write_text(
        "not_entities:\n  - {name: Twitter, kind: person}\n", "utf-8"
    )
    before = snapshot(project / "briefings")
    result = run("--root", project, "merge", "Tweets", "Twitter")
    assert (result.code, result.err) == (
        2,
        "briefings: entities.yaml lists 'Twitter' as no person (not_entities); remove it there"
        " first\n",
    )
    assert snapshot(project / "briefings") == before


def test_an_invalid_record_stops_the_merge(project: Path, run: Callable[..., Result]) -> None:
    """A record that does not validate might name FROM: nothing is merged, its problem shown."""
    write_record(project, "a", people=[person("Blair")])
    (project / "briefings" / "b.yaml").write_text("id: b\npeople:\n- name: Blair\n", "utf-8")
    before = snapshot(project / "briefings")
    result = run("--root", project, "merge", "Blair", "Tony Blair")
    assert result.code == 1
    assert result.out.startswith("briefings/b.yaml:1: body: missing required field\n")
    assert result.err.startswith("nothing merged: fix these first\n")
    assert snapshot(project / "briefings") == before


def test_a_broken_record_that_cannot_name_from_does_not_stop_the_merge(
    project: Path, run: Callable[..., Result]
) -> None:
    """Only files holding FROM's longest word are read: one without it cannot name FROM."""
    write_record(project, "a", people=[person("Tony Blair"), person("Blair")])
    (project / "briefings" / "b.yaml").write_text("id: b\n", "utf-8")
    result = run("--root", project, "merge", "Blair", "Tony Blair")
    assert (result.code, result.out.splitlines()[0]) == (
        0,
        "briefings/a.yaml: person 'Blair' merged into 'Tony Blair'",
    )


def test_a_failed_rename_puts_every_file_back(
    project: Path, run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """All files or none: a rename failing half-way leaves every file as it was, no temp files."""
    write_record(project, "a", people=[person("Blair")])
    write_record(project, "b", people=[person("Blair")])
    before = {p.name: p.read_bytes() for p in (project / "briefings").iterdir()}
    real_replace = os.replace
    calls: list[str] = []

    def failing(src: str, dst: str | Path) -> None:
        calls.append(str(dst))
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr("generator.merge.os.replace", failing)
    result = run("--root", project, "merge", "Blair", "Tony Blair")
    assert (result.code, result.err) == (
        1,
        "briefings: error: [Errno 28] No space left on device\n",
    )
    after = {p.name: p.read_bytes() for p in (project / "briefings").iterdir()}
    assert after == before


SEEDS = {"Blair visits Basra": ["Blair"], "Tony Blair in Rome": ["Tony Blair"]}


def extract_people(seeds: Sequence[Seed]) -> list[dict[str, Any]]:
    """The stand-in extractor, naming the people SEEDS gives each title."""
    fields = fake_extract(seeds)
    for seed, record in zip(seeds, fields, strict=True):
        record["people"] = [person(name) for name in SEEDS[str(seed.title)]]
    return fields


def test_ingest_after_a_merge_keeps_the_merged_record(
    project: Path, run: Callable[..., Result]
) -> None:
    """A merged record is an edited one: ingest keeps it whole and reports no conflict."""
    for number, title in enumerate(SEEDS):
        (project / "seeds" / f"{number}.txt").write_text(f"{title}\n\nHe spoke today.\n", "utf-8")

    def run_ingest() -> list[str]:
        day = dt.date(2025, 3, 16)
        outcomes = ingest(
            Project(project), [project / "seeds"], today=day, extractor=extract_people
        )
        return [str(o) for o in outcomes]

    assert run_ingest() == [
        "seeds/0.txt: created briefings/blair-visits-basra.yaml",
        "seeds/1.txt: created briefings/tony-blair-in-rome.yaml",
    ]
    run("--root", project, "merge", "Blair", "Tony Blair")
    merged = (project / "briefings" / "blair-visits-basra.yaml").read_bytes()
    assert run_ingest() == [
        "seeds/0.txt: kept briefings/blair-visits-basra.yaml (edited)",
        "seeds/1.txt: unchanged briefings/tony-blair-in-rome.yaml",
    ]
    assert (project / "briefings" / "blair-visits-basra.yaml").read_bytes() == merged


def test_a_place_merge_keeps_the_country_code_from_had(
    project: Path, run: Callable[..., Result]
) -> None:
    """'Kiev' (a city in UA) into 'Kyiv' (no code yet): Kyiv takes the code and kind it lacked."""
    kiev = {"name": "Kiev", "kind": "city", "country_code": "UA", "aliases": []}
    kyiv = {"name": "Kyiv", "kind": "other", "country_code": None, "aliases": []}
    path = write_record(project, "a", places=[kyiv, kiev])
    result = run("--root", project, "merge", "Kiev", "Kyiv")
    assert result.out.splitlines()[0] == "briefings/a.yaml: place 'Kiev' merged into 'Kyiv'"
    data = load_yaml(path.read_text("utf-8"), "a.yaml").data
    assert data["places"] == [
        {"name": "Kyiv", "kind": "city", "country_code": "UA", "aliases": ["Kiev"]}
    ]


def test_comments_of_a_folded_entities_entry_move_to_the_entry_it_joins(
    project: Path, run: Callable[..., Result]
) -> None:
    """A folded entities.yaml entry's comments go above the one it joins, under a line naming it."""
    # 'Okafor', with comments above, inside and after its lines, folds into 'Ann Okafor'.
    write_record(project, "a", people=[person("Okafor")])
    entities = project / "briefings" / "entities.yaml"
    entities.write_text(
        "entities:\n"
        "  # the wire's Okafor, checked by the desk\n"
        "  - name: Okafor  # as the wire writes her\n"
        "    kind: person\n"
        "    # she signs so\n"
        "    aliases: [Dr Okafor]\n"
        "  - name: Ann Okafor\n"
        "    kind: person\n"
        "    aliases: []\n",
        "utf-8",
    )
    result = run("--root", project, "merge", "Okafor", "Ann Okafor")
    assert result.out.endswith("recorded as an alias of the person 'Ann Okafor'\n")
    assert entities.read_text("utf-8") == (
        "entities:\n"
        "  # merged here from 'Okafor':\n"
        "  # the wire's Okafor, checked by the desk\n"
        "  # as the wire writes her\n"
        "  # she signs so\n"
        "  - name: Ann Okafor\n"
        "    kind: person\n"
        "    aliases: [Okafor, Dr Okafor]\n"
    )


def test_comments_of_a_record_entry_joined_into_another_move_with_it(
    project: Path, run: Callable[..., Result]
) -> None:
    """FROM's comment goes above the joined entry where both are named; renamed, it stays once."""
    joined = project / "briefings" / "a.yaml"
    write_record(project, "a", people=[person("Okafor"), person("Ann Okafor")])
    text = joined.read_text("utf-8")
    joined.write_text(
        text.replace("  - name: Okafor\n", "  # quoted twice\n  - name: Okafor\n"), "utf-8"
    )
    renamed = write_record(project, "b", people=[person("Okafor")])
    text = renamed.read_text("utf-8")
    renamed.write_text(text.replace("  - name: Okafor\n", "  # once\n  - name: Okafor\n"), "utf-8")
    result = run("--root", project, "merge", "Okafor", "Ann Okafor")
    assert "comments could not be kept" not in result.out
    carried = "  # merged here from 'Okafor':\n  # quoted twice\n  - name: Ann Okafor\n"
    assert carried in joined.read_text("utf-8")
    assert renamed.read_text("utf-8").count("  # once\n") == 1
    assert "merged here" not in renamed.read_text("utf-8")
