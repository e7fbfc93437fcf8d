"""edit_yaml: values change in place; comments, order, quoting and blank lines stay."""

from __future__ import annotations

import copy
import random
from collections.abc import Callable
from typing import Any

from generator.yaml_comments import carry_comments
from generator.yaml_edit import edit_yaml, same
from generator.yamlio import dump_yaml, load_yaml

HAND_LAID = """\
# checked with the desk 3 March
id: a   # the slug
title: 'Blair speaks'

people:
  # the leader, as the wire names him
  - name: Blair
    role: Labour leader  # per the wire
    aliases: []

  - name: Gordon Brown
    role:
    aliases: [Brown]
  # from the second page
  - name: "Tony Blair"   # full name
    role: null
    aliases:
    - T. Blair
quotes:
- text: |
    We will win.
  speaker: Blair
extra: {a: 1, b: x}
"""


def data_of(text: str) -> Any:
    """The data a YAML text loads to."""
    loaded = load_yaml(text, "test.yaml")
    assert loaded.problems == []
    return loaded.data


def edited(text: str, change: Any) -> str:
    """``text`` edited in place after ``change`` mutates a copy of its data."""
    data = copy.deepcopy(data_of(text))
    change(data)
    out = edit_yaml(text, data)
    assert out is not None
    assert same(data_of(out), data)
    return out


def test_a_changed_scalar_keeps_its_comment_and_quotes() -> None:
    """Only the value's characters change; the trailing comment and quote style stay."""

    def change(data: Any) -> None:
        data["id"] = "b"
        data["title"] = "Blair's speech"
        data["people"][2]["name"] = "Anthony Blair"
        data["extra"]["b"] = "yes"

    out = edited(HAND_LAID, change)
    expected = (
        HAND_LAID.replace("id: a ", "id: b ")
        .replace("'Blair speaks'", "'Blair''s speech'")
        .replace('"Tony Blair"', '"Anthony Blair"')
        .replace("b: x}", "b: 'yes'}")
    )
    assert out == expected


def test_an_empty_or_null_value_takes_the_new_one_after_a_space() -> None:
    """'role:' and 'role: null' both become 'role: Chancellor'."""

    def change(data: Any) -> None:
        data["people"][1]["role"] = "Chancellor"
        data["people"][2]["role"] = "Prime Minister"

    out = edited(HAND_LAID, change)
    assert "    role: Chancellor\n    aliases: [Brown]\n" in out
    assert '"Tony Blair"   # full name\n    role: Prime Minister\n' in out
    assert out.count("\n") == HAND_LAID.count("\n")


def test_items_added_to_block_and_flow_lists_take_their_layout() -> None:
    """A block list gets a line at its items' indentation, a flow list an item in its brackets."""

    def change(data: Any) -> None:
        data["people"][0]["aliases"].append("Mr Blair")
        data["people"][1]["aliases"].append("Gordon: the Chancellor")
        data["people"][2]["aliases"].append("Blair")

    out = edited(HAND_LAID, change)
    expected = (
        HAND_LAID.replace("aliases: []", "aliases: [Mr Blair]")
        .replace("[Brown]", "[Brown, 'Gordon: the Chancellor']")
        .replace("    - T. Blair\n", "    - T. Blair\n    - Blair\n")
    )
    assert out == expected


def test_a_folded_entry_goes_and_the_moved_one_keeps_its_comments() -> None:
    """Merge's fold: Blair's lines go, Tony Blair moves up with the comment above it."""

    def change(data: Any) -> None:
        people = data["people"]
        into = people[2]
        into["role"] = "Labour leader"
        into["aliases"].append("Blair")
        del people[0]
        people.remove(into)
        people.insert(0, into)
        data["quotes"][0]["speaker"] = "Tony Blair"

    out = edited(HAND_LAID, change)
    assert out == (
        "# checked with the desk 3 March\n"
        "id: a   # the slug\n"
        "title: 'Blair speaks'\n"
        "\n"
        "people:\n"
        "  # from the second page\n"
        '  - name: "Tony Blair"   # full name\n'
        "    role: Labour leader\n"
        "    aliases:\n"
        "    - T. Blair\n"
        "    - Blair\n"
        "\n"
        "  - name: Gordon Brown\n"
        "    role:\n"
        "    aliases: [Brown]\n"
        "quotes:\n"
        "- text: |\n"
        "    We will win.\n"
        "  speaker: Tony Blair\n"
        "extra: {a: 1, b: x}\n"
    )


def test_a_new_key_goes_after_the_key_it_follows() -> None:
    """A key the data adds is written after its predecessor, in the generator's layout."""
    text = "id: a\ntitle: T  # kept\npeople: []\n"
    wanted = {"id": "a", "title": "T", "redirect_from": ["old-a"], "people": []}
    out = edit_yaml(text, wanted)
    assert out == "id: a\ntitle: T  # kept\nredirect_from:\n  - old-a\npeople: []\n"


def test_a_key_that_would_come_first_goes_after_the_first_kept_key() -> None:
    """Never above the file's header comment, nor onto a list item's dash line."""
    assert edit_yaml("# head\nb: 1\n", {"a": 0, "b": 1}) == "# head\nb: 1\na: 0\n"
    item = "- name: X  # n\n  role: r\n"
    wanted = [{"kind": "city", "name": "X", "role": "r"}]
    assert edit_yaml(item, wanted) == "- name: X  # n\n  kind: city\n  role: r\n"


def test_a_dropped_key_goes_with_its_line() -> None:
    """The key's line and its comment go; its neighbours stay as written."""
    text = "a: 1  # one\nb: 2  # two\nc: 3\n"
    assert edit_yaml(text, {"a": 1, "c": 3}) == "a: 1  # one\nc: 3\n"


def test_an_emptied_block_list_becomes_brackets() -> None:
    """Every item of a block list removed: the key stays with [], its line's comment kept."""
    text = "a: 1\nnames:  # who: the desk\n  - x\n  - y\nb: 2\n"
    out = edit_yaml(text, {"a": 1, "names": [], "b": 2})
    assert out == "a: 1\nnames: []  # who: the desk\nb: 2\n"


def test_what_cannot_change_in_place_gives_none() -> None:
    """A changed block scalar, or keys added to a flow mapping: the caller must re-dump."""
    block = copy.deepcopy(data_of(HAND_LAID))
    block["quotes"][0]["text"] = "We will lose.\n"
    assert edit_yaml(HAND_LAID, block) is None
    flow = copy.deepcopy(data_of(HAND_LAID))
    flow["extra"]["c"] = 3
    assert edit_yaml(HAND_LAID, flow) is None
    assert edit_yaml("a: [1,\n  2]  # two\n", {"a": [1, 2, 3]}) is None


def test_an_unchanged_file_and_a_byte_order_mark_stay_as_they_are() -> None:
    """Same data gives the same text; a BOM stays in front."""
    assert edit_yaml(HAND_LAID, data_of(HAND_LAID)) == HAND_LAID
    assert edit_yaml("\ufeffa: 1  # one\n", {"a": 2}) == "\ufeffa: 2  # one\n"


def test_lines_added_to_a_windows_file_end_as_its_lines_do() -> None:
    """A file with CRLF line ends gets its new list item with CRLF too."""
    text = "id: a\r\nnames:  # who\r\n  - x\r\n"
    assert edit_yaml(text, {"id": "b", "names": ["x", "y"]}) == (
        "id: b\r\nnames:  # who\r\n  - x\r\n  - y\r\n"
    )


def test_same_tells_yaml_types_apart() -> None:
    """1, 1.0 and True are three values in YAML, though Python calls them equal."""
    assert same({"a": [1, "x"]}, {"a": [1, "x"]})
    assert not same({"a": 1}, {"a": True})
    assert not same([1], [1.0])
    assert not same({"a": 1}, {"a": 1, "b": 2})


def test_merge_like_changes_to_commented_generated_records_always_stay_in_place() -> None:
    """300 random renames, aliases and moves: no fallback, no comment lost, loads as new data."""
    rnd = random.Random(14)
    names = ["Blair", "Tony Blair", "yes", "12", "a: b", "é ü", "x #y", "Gordon Brown"]
    for _ in range(300):
        people = [
            {"name": rnd.choice(names), "role": rnd.choice([None, "leader"]), "aliases": []}
            for _ in range(rnd.randint(1, 4))
        ]
        record = {"id": "a", "people": people, "quotes": [{"text": "Hi.", "speaker": "Blair"}]}
        lines = dump_yaml(record, header="# head\n").splitlines(keepends=True)
        text = "".join(line + ("  # note\n" if rnd.random() < 0.3 else "") for line in lines)
        new = copy.deepcopy(data_of(text))
        entry = rnd.choice(new["people"])
        entry["name"] = rnd.choice(names)
        entry["aliases"].append(rnd.choice(names))
        rnd.shuffle(new["people"])
        new["quotes"][0]["speaker"] = entry["name"]
        out = edit_yaml(text, new)
        assert out is not None, text
        assert same(data_of(out), new)
        assert out.count("# note") == text.count("# note")


def test_carried_comments_keep_crlf_line_ends_and_need_a_target() -> None:
    """A folded item's comments go above its target with CRLF ends; with no target, none written."""
    before = "items:\r\n  # about a\r\n  - name: a\r\n  - name: b\r\n"
    after = "items:\r\n  - name: b\r\n"
    folded = carry_comments(before, after, "items", _named("a"), _named("b"), "# from a:")
    assert folded == "items:\r\n  # from a:\r\n  # about a\r\n  - name: b\r\n"
    assert carry_comments(before, after, "items", _named("a"), _named("c"), "# from a:") is None


def test_no_comment_lost_leaves_the_text_as_it_is() -> None:
    """An item kept in place (renamed) keeps its comment: nothing is carried or repeated."""
    before = "items:\n  # about a\n  - name: a\n"
    after = "items:\n  # about a\n  - name: c\n"
    assert carry_comments(before, after, "items", _named("a"), _named("c"), "# from a:") == after


def _named(name: str) -> Callable[[Any], bool]:
    """Whether a list item is the mapping named ``name``."""
    return lambda item: isinstance(item, dict) and item.get("name") == name
