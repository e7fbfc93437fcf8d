"""Pausing the cycle collector around the generator's own work."""

from __future__ import annotations

import gc
import weakref

import pytest

from generator.gcpause import collector_paused, settle_for_a_long_run


def test_collector_is_off_inside_and_back_on_after() -> None:
    """Inside the block automatic collection is off; after it, on again, even after an error."""
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    """Nested or under a caller that disabled it, the block does not switch collection on."""
    gc.disable()
    try:
        with collector_paused(), collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_settling_collects_cycles_and_freezes_the_rest() -> None:
    """settle_for_a_long_run frees unreachable cycles and hides what is left from the collector."""

    class Node:
        def __init__(self) -> None:
            self.me = self

    gc.unfreeze()
    try:
        with collector_paused():
            node = Node()
            gone = weakref.ref(node)
            del node
            assert gone() is not None  # only the collector can free a cycle
            settle_for_a_long_run()
        assert gone() is None
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
