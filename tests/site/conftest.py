"""Session fixtures: the fixture site is rendered and built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site.helpers import Built, build, fixture_records


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The local build (drafts shown) of the fixture records, hostile one included."""
    return build(fixture_records(), tmp_path_factory.mktemp("local"))


@pytest.fixture(scope="session")
def built_production(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The production build (drafts left out) of the same records."""
    return build(fixture_records(), tmp_path_factory.mktemp("production"), production=True)


@pytest.fixture
def records() -> list[dict]:
    """A fresh copy of the fixture records, hostile one included."""
    return fixture_records()


@pytest.fixture
def html_files(built: Built) -> list[Path]:
    """Every HTML page of the local build."""
    return sorted(built.site.rglob("*.html"))
