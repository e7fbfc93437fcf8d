"""merge and rename-briefing change an editor's record in place: comments and layout stay.

Each test compares the whole file with the expected text, and the data it loads to
with what the generator's own dump of the same change loads to.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.merge import merge_record
from generator.record import ordered
from generator.yaml_edit import same
from generator.yamlio import dump_yaml, load_yaml
from tests.conftest import Result
from tests.test_register import person, write_record

#: A record as an editor leaves it: comments, flow lists, quotes, blank lines, own order.
EDITED = """\
# yaml-language-server: $schema=../generator/schema/briefing.schema.json
# checked with the desk 3 March
id: a
title: "Blair's speech"      # headline as printed
date: 2025-03-16
status: draft
source: {name: Wire, url: null}
summary: ''
key_points: []

# people: fixed by hand
people:
- name: Blair   # the wire's name
  role: Labour leader
  aliases: [Mr Blair]
- name: Gordon Brown
  role: null
  aliases: []
  # the full name, from the second page
- name: Tony Blair
  role:
  aliases:
  - T. Blair
organizations: []
places: []
groups: []
quotes:
- text: We will win.
  speaker: Blair    # said on the radio
topics: []
body: ''
seed: null
"""


def data_of(path: Path) -> Any:
    """The data a record file loads to."""
    loaded = load_yaml(path.read_text("utf-8"), path.name)
    assert loaded.problems == []
    return loaded.data


def dumped(record: dict[str, Any]) -> Any:
    """What the generator's dump of ``record`` loads to (the rewrite before layouts were kept)."""
    return load_yaml(dump_yaml(ordered(record)), "dump.yaml").data


def test_merge_changes_only_the_names_and_keeps_the_editors_layout(
    project: Path, run: Callable[..., Result]
) -> None:
    """Blair folds into Tony Blair: his lines go, his comment joins Tony Blair's, which moves up."""
    # His comment joins Tony Blair's above the entry, and Tony Blair moves up with them.
    path = project / "briefings" / "a.yaml"
    path.write_text(EDITED, "utf-8")
    before = data_of(path)
    result = run("--root", project, "merge", "Blair", "Tony Blair")
    assert result.out.splitlines()[0] == "briefings/a.yaml: person 'Blair' merged into 'Tony Blair'"
    expected = EDITED.replace(
        "- name: Blair   # the wire's name\n"
        "  role: Labour leader\n"
        "  aliases: [Mr Blair]\n"
        "- name: Gordon Brown\n"
        "  role: null\n"
        "  aliases: []\n"
        "  # the full name, from the second page\n"
        "- name: Tony Blair\n"
        "  role:\n"
        "  aliases:\n"
        "  - T. Blair\n",
        "  # the full name, from the second page\n"
        "# merged here from 'Blair':\n"
        "# the wire's name\n"
        "- name: Tony Blair\n"
        "  role: Labour leader\n"
        "  aliases:\n"
        "  - T. Blair\n"
        "  - Blair\n"
        "  - Mr Blair\n"
        "- name: Gordon Brown\n"
        "  role: null\n"
        "  aliases: []\n",
    ).replace("  speaker: Blair    #", "  speaker: Tony Blair    #")
    assert path.read_text("utf-8") == expected
    merged, _ = merge_record(before, "people", "Blair", "Tony Blair")
    assert merged is not None
    assert same(data_of(path), dumped(merged))
    assert run("--root", project, "check").code == 0


def test_merge_renames_in_place_and_keeps_the_entities_file_comments(
    project: Path, run: Callable[..., Result]
) -> None:
    """INTO not in the record: the name changes where it stands; entities.yaml keeps its notes."""
    path = project / "briefings" / "a.yaml"
    path.write_text(EDITED.replace("- name: Tony Blair\n", "- name: Anthony Blair\n"), "utf-8")
    entities = project / "briefings" / "entities.yaml"
    entities.write_text(
        "# the desk's merges\n"
        "entities:\n"
        "- {name: Tony Blair, kind: person, aliases: [Tony]}   # agreed 2 March\n"
        "\n"
        "not_entities:\n"
        "  - name: Twitter   # a firm\n"
        "    kind: person\n",
        "utf-8",
    )
    before = data_of(path)
    result = run("--root", project, "merge", "Blair", "Tony Blair")
    assert result.out == (
        "briefings/a.yaml: person 'Blair' merged into 'Tony Blair'\n"
        "briefings/entities.yaml: 'Blair' recorded as an alias of the person 'Tony Blair'\n"
    )
    assert path.read_text("utf-8") == EDITED.replace(
        "- name: Tony Blair\n", "- name: Anthony Blair\n"
    ).replace(
        "- name: Blair   # the wire's name\n  role: Labour leader\n  aliases: [Mr Blair]\n",
        "- name: Tony Blair   # the wire's name\n"
        "  role: Labour leader\n"
        "  aliases: [Blair, Mr Blair]\n",
    ).replace("  speaker: Blair    #", "  speaker: Tony Blair    #")
    merged, _ = merge_record(before, "people", "Blair", "Tony Blair")
    assert merged is not None
    assert same(data_of(path), dumped(merged))
    assert entities.read_text("utf-8") == (
        "# the desk's merges\n"
        "entities:\n"
        "- {name: Tony Blair, kind: person, aliases: [Tony, Blair]}   # agreed 2 March\n"
        "\n"
        "not_entities:\n"
        "  - name: Twitter   # a firm\n"
        "    kind: person\n"
    )
    assert run("--root", project, "check").code == 0


def test_merge_falls_back_to_the_dump_and_says_so(
    project: Path, run: Callable[..., Result]
) -> None:
    """A name written as a block scalar cannot change in place: re-dumped, and the line says so."""
    path = project / "briefings" / "a.yaml"
    text = EDITED.replace("- name: Tony Blair\n", "- name: Anthony Blair\n")
    path.write_text(
        text.replace("- name: Blair   # the wire's name\n", "- name: |-\n    Blair\n"), "utf-8"
    )
    before = data_of(path)
    result = run("--root", project, "merge", "Blair", "Tony Blair")
    assert result.out.splitlines()[0] == (
        "briefings/a.yaml: person 'Blair' merged into 'Tony Blair' (comments could not be kept)"
    )
    merged, _ = merge_record(before, "people", "Blair", "Tony Blair")
    assert merged is not None
    assert path.read_text("utf-8") == dump_yaml(ordered(merged))


def test_rename_changes_the_id_and_adds_the_redirect_after_seed(
    project: Path, run: Callable[..., Result]
) -> None:
    """id changes in place, redirect_from is added in its canonical place; the rest stays."""
    (project / "briefings" / "a.yaml").write_text(EDITED, "utf-8")
    result = run("--root", project, "rename-briefing", "a", "blair-speech")
    assert result.out == "briefings/a.yaml -> briefings/blair-speech.yaml (redirect_from: a)\n"
    path = project / "briefings" / "blair-speech.yaml"
    assert path.read_text("utf-8") == EDITED.replace("\nid: a\n", "\nid: blair-speech\n") + (
        "redirect_from:\n  - a\n"
    )
    before = load_yaml(EDITED, "a.yaml").data
    assert same(data_of(path), dumped({**before, "id": "blair-speech", "redirect_from": ["a"]}))
    assert run("--root", project, "check").code == 0


def test_rename_appends_to_the_editors_redirect_list(
    project: Path, run: Callable[..., Result]
) -> None:
    """An existing redirect_from keeps its comment and quoting; the old id is one more item."""
    text = EDITED.replace("id: a\n", "id: 'a'  # renamed twice\n") + (
        "redirect_from:   # older addresses\n  - 'first-a'\n"
    )
    (project / "briefings" / "a.yaml").write_text(text, "utf-8")
    run("--root", project, "rename-briefing", "a", "b")
    path = project / "briefings" / "b.yaml"
    assert path.read_text("utf-8") == text.replace("id: 'a'", "id: 'b'") + "  - a\n"


def test_rename_falls_back_to_the_dump_and_says_so(
    project: Path, run: Callable[..., Result]
) -> None:
    """A flow list over two lines cannot take an item in place: re-dumped, and the line says so."""
    text = EDITED + "redirect_from: [first-a,\n  second-a]\n"
    (project / "briefings" / "a.yaml").write_text(text, "utf-8")
    result = run("--root", project, "rename-briefing", "a", "b")
    assert result.out == (
        "briefings/a.yaml -> briefings/b.yaml (redirect_from: a; comments could not be kept)\n"
    )
    before = load_yaml(text, "a.yaml").data
    wanted = {**before, "id": "b", "redirect_from": ["first-a", "second-a", "a"]}
    assert (project / "briefings" / "b.yaml").read_text("utf-8") == dump_yaml(ordered(wanted))


def test_a_generated_record_changes_by_its_values_only(
    project: Path, run: Callable[..., Result]
) -> None:
    """A record as ingest wrote it: the merge's diff is the name, the alias and the speaker."""
    path = write_record(
        project,
        "b",
        people=[person("Blair", "Labour leader")],
        quotes=[{"text": "We will win.", "speaker": "Blair"}],
    )
    text = path.read_text("utf-8")
    run("--root", project, "merge", "Blair", "Tony Blair")
    assert path.read_text("utf-8") == text.replace(
        "  - name: Blair\n    role: Labour leader\n    aliases: []\n",
        "  - name: Tony Blair\n    role: Labour leader\n    aliases: [Blair]\n",
    ).replace("speaker: Blair\n", "speaker: Tony Blair\n")
