"""Safe YAML: lines for every value, refusals with reasons, a dump that round-trips."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import yamlio
from generator.yamlio import dump_yaml, load_yaml


def test_every_value_has_its_line() -> None:
    """Nested values are located by their field path."""
    loaded = load_yaml("id: x\npeople:\n  - name: A\n    role: null\n", "f.yaml")
    assert loaded.lines["people[0].role"] == 4
    assert loaded.line_of("people[0].role.missing") == 4


def test_deep_nesting_is_refused() -> None:
    """A document nested 30 levels deep stops at the limit with a located message."""
    text = "a: " + "[" * 30 + "]" * 30 + "\n"
    problems = load_yaml(text, "deep.yaml").problems
    assert [str(p) for p in problems][:1] == [
        "deep.yaml:1: a[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]:"
        " nested deeper than 20 levels"
    ]


def test_nul_byte_is_refused() -> None:
    """A NUL byte is reported with its line instead of confusing the parser."""
    assert [str(p) for p in load_yaml("a: 1\nb: x\x00y\n", "n.yaml").problems] == [
        "n.yaml:2: NUL byte in file"
    ]


def test_tabs_for_indentation_are_a_located_syntax_error() -> None:
    """YAML forbids tabs for indentation; the message says where."""
    problems = load_yaml("people:\n\t- name: A\n", "t.yaml").problems
    assert len(problems) == 1
    assert str(problems[0]).startswith("t.yaml:2: YAML syntax error at column 1:")


def test_non_text_keys_are_reported() -> None:
    """A key that is a number is not a field name."""
    assert [str(p) for p in load_yaml("1: a\n", "k.yaml").problems] == [
        "k.yaml:1: key 1 is not text"
    ]


def test_dates_stay_text() -> None:
    """An unquoted date loads as the text the editor wrote."""
    assert load_yaml("date: 2025-03-16\n", "d.yaml").data == {"date": "2025-03-16"}


def test_loading_keeps_nothing_of_the_parsed_document() -> None:
    """Once a document is loaded, no parser state holds its nodes (a 5,000-record leak)."""
    import gc
    import weakref

    import yaml

    seen: list[weakref.ref[yaml.Node]] = []
    original = yamlio._scalar

    def spy(node: yaml.ScalarNode) -> object:
        seen.append(weakref.ref(node))
        return original(node)

    yamlio._scalar = spy  # type: ignore[assignment]
    try:
        loaded = load_yaml("id: x\ncount: 3\nok: true\nnames: [a, b]\n", "f.yaml")
    finally:
        yamlio._scalar = original  # type: ignore[assignment]
    gc.collect()
    assert loaded.data == {"id": "x", "count": 3, "ok": True, "names": ["a", "b"]}
    assert seen and all(ref() is None for ref in seen)


def test_dump_is_block_style_with_unicode_kept() -> None:
    """Records are written block style, unicode as is, multi-line text as a literal block."""
    text = dump_yaml({"title": "Café “quoted”", "tags": ["a"], "body": "One.\n\nTwo."}, header="")
    assert text == "title: Café “quoted”\ntags:\n  - a\nbody: |-\n  One.\n\n  Two.\n"


RECORD_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=200,
)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | RECORD_TEXT,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(min_size=1, max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(min_size=1, max_size=12), VALUES, max_size=6))
def test_dump_then_load_round_trips(data: dict[str, object]) -> None:
    """Whatever the generator dumps loads back equal, and dumps again to the same bytes."""
    text = dump_yaml(data)
    loaded = load_yaml(text, "r.yaml")
    assert loaded.problems == []
    assert loaded.data == data
    assert dump_yaml(loaded.data) == text
