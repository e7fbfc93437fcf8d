"""The loaders on the real evaluation data (skipped when ../shared/eval-data is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.evaluation import quotes_sets
from generator.evaluation.entities_conll import is_sport, parse_conll
from generator.evaluation.split import CHECK, TUNE

DATA = Path(__file__).resolve().parents[3] / "shared" / "eval-data"

pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="no ../shared/eval-data here")


def test_every_set_loads_and_splits_into_two_near_equal_halves() -> None:
    """CoNLL has 216 documents; every quote set reads its articles into two halves."""
    # One Canadian article has no gold; a reader may refuse another that holds no text.
    with (DATA / "conll2003-dev" / "valid.txt").open(encoding="utf-8") as lines:
        docs = parse_conll(lines)
    assert len(docs) == 216
    assert 100 <= sum(not is_sport(d.headline) for d in docs) <= 130
    canadian, left_out = quotes_sets.canadian(DATA)
    assert left_out in (1, 2)
    british, refused = quotes_sets.british(DATA)
    polnear, unread = quotes_sets.polnear(DATA)
    assert (refused, unread) == (0, 0)
    for halves, total in ((canadian, 98 - left_out), (british, 30), (polnear, 168)):
        assert len(halves[TUNE]) + len(halves[CHECK]) == total
        assert len(halves[TUNE]) - len(halves[CHECK]) in (0, 1)
    assert sum(len(d.quotes.direct) for h in british.values() for d in h) == 360
    assert sum(len(d.people) for h in british.values() for d in h) == 142
