"""The one split rule (sorted by identifier, even positions tune, odd check) and the entry."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_make_eval_without_data_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing data folder is a clear error, not a crash."""
    from generator.evaluation.__main__ import main

    assert main(["--data", str(tmp_path / "absent")]) == 2
    assert "no evaluation data" in capsys.readouterr().err
