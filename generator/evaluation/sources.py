"""Where the evaluation data is, seeds built from its texts, and the stock peer pipeline."""

from __future__ import annotations

import dataclasses
import tempfile
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

from generator.extract.nlp import model_name
from generator.seeds import Seed, SeedError, read_seed

#: The data folder beside the project, as the eval-data README places it.
DEFAULT_DATA = Path("..") / "shared" / "eval-data"


def seeds_from(texts: dict[str, str]) -> dict[str, Seed]:
    """Seeds of texts that are not seed files (CoNLL tokens, CSV cells), keyed as given.

    Each text is written as a ``.txt`` file to a temporary folder outside the project
    and read with `read_seed`, so that it is read exactly as ingest reads a seed; the
    folder is removed at once. A text `read_seed` refuses is left out.
    """
    seeds: dict[str, Seed] = {}
    with tempfile.TemporaryDirectory(prefix="briefings-eval-") as folder:
        for number, (name, text) in enumerate(texts.items()):
            path = Path(folder) / f"{number:05d}.txt"
            path.write_text(text, encoding="utf-8")
            try:
                seed = read_seed(path, Path(folder))[0]
            except SeedError:
                continue
            seeds[name] = dataclasses.replace(seed, path=name)
    return seeds


def read_seeds(paths: list[Path]) -> tuple[list[tuple[Path, Seed]], int]:
    """(path, seed) of every file `read_seed` accepts, and how many it refused.

    Problems such as unknown front matter fields do not matter here: the text is read.
    """
    seeds = []
    refused = 0
    for path in paths:
        try:
            seeds.append((path, read_seed(path, path.parent)[0]))
        except SeedError:
            refused += 1
    return seeds, refused


@cache
def stock_nlp() -> Language:
    """Stock `en_core_web_sm`, every component, nothing added: the peer's pipeline."""
    return spacy.load(model_name())
