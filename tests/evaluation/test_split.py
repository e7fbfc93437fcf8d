"""The one split rule: sorted by identifier, even positions tune, odd positions check."""

from __future__ import annotations

from generator.evaluation.split import CHECK, TUNE, split


def test_even_positions_are_tune_and_odd_are_check() -> None:
    """Items sorted by key alternate between the halves, starting with tune."""
    halves = split(["c.txt", "a.txt", "d.txt", "b.txt", "e.txt"], key=lambda name: name)
    assert halves[TUNE] == ["a.txt", "c.txt", "e.txt"]
    assert halves[CHECK] == ["b.txt", "d.txt"]


def test_the_split_does_not_depend_on_the_input_order() -> None:
    """Shuffled input gives the same halves: only the identifier decides."""
    items = [(index, f"doc{index}") for index in range(9)]
    forward = split(items, key=lambda item: item[0])
    backward = split(list(reversed(items)), key=lambda item: item[0])
    assert forward == backward
    assert [i for i, _ in forward[TUNE]] == [0, 2, 4, 6, 8]


def test_every_item_is_in_exactly_one_half() -> None:
    """The halves partition the items."""
    halves = split(range(7), key=lambda n: n)
    assert sorted(halves[TUNE] + halves[CHECK]) == list(range(7))
    assert not set(halves[TUNE]) & set(halves[CHECK])
