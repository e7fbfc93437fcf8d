"""The extractor's word lists hold words: YAML 1.1 reads a bare on/off/yes/no as a boolean."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest

from generator.extract.lexicon import load_data

DATA_FILES = sorted(
    entry.name
    for entry in resources.files("generator.extract").joinpath("data").iterdir()
    if entry.name.endswith(".yaml")
)


def _not_words(data: Any, where: str) -> list[str]:
    """Every list item under ``data`` that is neither a word nor a nested list or mapping."""
    if isinstance(data, dict):
        return [bad for key, value in data.items() for bad in _not_words(value, f"{where}/{key}")]
    if isinstance(data, list):
        found: list[str] = []
        for item in data:
            if isinstance(item, dict | list):
                found += _not_words(item, where)
            elif not isinstance(item, str):
                found.append(f"{where}: {item!r}")
        return found
    return []


def test_there_are_data_files() -> None:
    """The package ships its word lists (the check below would pass on none)."""
    assert "evidence.yaml" in DATA_FILES


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_list_item_is_a_string(name: str) -> None:
    """An unquoted 'off' in a list becomes False and silently drops out of the word set."""
    assert _not_words(load_data(name), name) == []
