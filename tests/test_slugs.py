"""One slug rule for record ids and hub addresses: apostrophes of any kind join a word,
currency signs are dropped, and new ids are cut at a word to 60 characters."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.layout import entity_slug, slug_of
from generator.record import NEW_ID_MAX, SLUG_MAX, check_slug
from generator.store import new_id
from tests.conftest import Result

LONG_TITLE = (
    "Harbour authority says the northern breakwater will close for repairs until the storm "
    "season ends next spring"
)


@pytest.mark.parametrize("mark", ["'", "\u2019", "\u2018", "\u02bc", "`"])
def test_every_apostrophe_joins_the_word(mark: str) -> None:
    """Straight, curly and modifier apostrophes all give "kenyas", never "kenya-s"."""
    title = f"Kenya{mark}s parliament passes the housing levy"
    assert new_id(title, set()) == "kenyas-parliament-passes-the-housing-levy"
    assert entity_slug(f"People{mark}s Party") == "peoples-party"


def test_quotation_marks_around_words_do_not_glue_them() -> None:
    """Quote marks around a word are dropped without joining it to its neighbours."""
    assert slug_of("Minister calls the plan \u2018reckless\u2019 in parliament") == (
        "minister-calls-the-plan-reckless-in-parliament"
    )


def test_currency_signs_are_dropped_not_spelt() -> None:
    """ "£5bn" is "5bn" in a slug, not "ps5bn"; the euro sign is not "eur"."""
    assert new_id("£5bn deal for \u20ac3bn port", set()) == "5bn-deal-for-3bn-port"
    assert entity_slug("£") == entity_slug("£")  # symbols only: still a stable slug
    assert entity_slug("£").startswith("x-")


def test_new_ids_are_cut_at_a_word_to_sixty_characters() -> None:
    """A long title gives an id of at most 60 characters ending at a whole word."""
    made = new_id(LONG_TITLE, set())
    assert len(made) <= NEW_ID_MAX == 60
    assert slug_of(LONG_TITLE, 200).startswith(made + "-")
    assert made == "harbour-authority-says-the-northern-breakwater-will-close"


def test_a_clash_suffix_stays_within_sixty_characters() -> None:
    """On a clash the -2 suffix is added to a shorter cut, still at most 60 characters."""
    first = new_id(LONG_TITLE, set())
    second = new_id(LONG_TITLE, {first})
    assert second.endswith("-2") and len(second) <= NEW_ID_MAX
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", second)


def test_existing_ids_up_to_eighty_characters_stay_valid() -> None:
    """An editor's committed id of 61-80 characters is still valid; 81 is not."""
    assert check_slug("a" * 61) is None
    assert check_slug("-".join(["word"] * 16)) is None  # 79 characters
    assert SLUG_MAX == 80 and check_slug("a" * 80) is None
    assert check_slug("a" * 81) == "id is 81 characters, over the limit of 80"


def test_briefings_new_makes_a_short_id(project: Path, run: Callable[..., Result]) -> None:
    """`briefings new` with a long headline writes a record with a 60-character id at most."""
    result = run("--root", project, "new", LONG_TITLE)
    assert result.code == 0, result.err
    (made,) = (project / "briefings").glob("*.yaml")
    assert made.stem == "harbour-authority-says-the-northern-breakwater-will-close"
    assert run("--root", project, "check").code == 0
