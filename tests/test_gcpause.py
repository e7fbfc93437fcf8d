"""Pausing the cycle collector around the generator's own work."""

from __future__ import annotations

import gc

import pytest

from generator.gcpause import collector_paused


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
