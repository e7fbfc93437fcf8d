"""Fixtures of the extraction tests: the pipeline once per session, seeds by name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from generator.extract import extract, load_nlp
from generator.extract.entities import PERSON, PLACE, extract_entities
from generator.extract.evidence import collect
from generator.extract.lexicon import Place, lexicon
from generator.extract.mentions import Mention
from generator.seeds import Seed, read_seed

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "extract"
CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLE = ROOT / "seeds" / "000_ab3d3fa886c43d66.txt"


def entity_kinds(nlp: Language, text: str) -> dict[str, str]:
    """Name -> kind of every entity extracted from ``text``."""
    return {entity.name: entity.kind for entity in extract_entities(nlp(text))}


def labelled(nlp: Language, text: str, labels: list[tuple[str, str]]) -> Doc:
    """``text`` parsed, with the model's entities set to ``labels`` (form, label): each form
    at its first use after the one before, so a test decides what the model read."""
    doc = nlp(text)
    spans, at = [], 0
    for form, label in labels:
        start = text.index(form, at)
        span = doc.char_span(start, start + len(form), label=label)
        assert span is not None
        spans.append(span)
        at = start + len(form)
    doc.ents = spans
    return doc


def labelled_kinds(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    """Name -> kind of every entity extracted when the model read ``labels`` (form, label)."""
    return {e.name: e.kind for e in extract_entities(labelled(nlp, text, labels))}


def labelled_organizations(
    nlp: Language, text: str, labels: list[tuple[str, str]]
) -> dict[str, list[str]]:
    """Name -> aliases of every organization extracted when the model read ``labels``."""
    entities = extract_entities(labelled(nlp, text, labels))
    return {e.name: e.aliases for e in entities if e.kind == "organization"}


def labelled_places(
    nlp: Language, text: str, labels: list[tuple[str, str]]
) -> dict[str, Place | None]:
    """Place name -> place of every place extracted when the model read ``labels``."""
    entities = extract_entities(labelled(nlp, text, labels))
    return {e.name: e.place for e in entities if e.kind == PLACE}


def labelled_place_codes(
    nlp: Language, text: str, labels: list[tuple[str, str]]
) -> dict[str, str | None]:
    """Place name -> country code of every place extracted when the model read ``labels``."""
    places = labelled_places(nlp, text, labels).items()
    return {name: place.country_code if place else None for name, place in places}


def person_labelled_kinds(nlp: Language, text: str, names: list[str]) -> dict[str, str]:
    """Name -> kind of every entity extracted when the model read each of ``names`` as a
    person, in order: what the evidence in the text makes of a name the model got wrong."""
    return labelled_kinds(nlp, text, [(name, "PERSON") for name in names])


def person_votes(nlp: Language, text: str, start: int, end: int) -> dict[str, float]:
    """The votes of the tokens start:end of a text, read as a PERSON mention."""
    span = nlp(text)[start:end]
    span.label_ = "PERSON"
    mention = Mention(span, PERSON, span.text, span.text, prior={PERSON: 1.0})
    collect([mention], lexicon(), set())
    return mention.votes


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The pipeline, loaded once for the whole session."""
    return load_nlp()


@pytest.fixture(scope="session")
def seed_of() -> Callable[[str], Seed]:
    """Read a fixture seed by file name."""

    def _read(name: str) -> Seed:
        path = FIXTURES / name
        return read_seed(path, FIXTURES)[0]

    return _read


@pytest.fixture(scope="session")
def record_of(nlp: Language, seed_of: Callable[[str], Seed]) -> Callable[[str], dict[str, Any]]:
    """Extract a fixture seed by file name (each file once per session)."""
    cache: dict[str, dict[str, Any]] = {}

    def _extract(name: str) -> dict[str, Any]:
        if name not in cache:
            cache[name] = extract([seed_of(name)])[0]
        return cache[name]

    return _extract


@pytest.fixture(scope="session")
def sample_seed() -> Seed:
    """The sample seed of issue 2."""
    return read_seed(SAMPLE, ROOT)[0]


@pytest.fixture(scope="session")
def sample(nlp: Language, sample_seed: Seed) -> dict[str, Any]:
    """The extracted fields of the sample seed."""
    return extract([sample_seed])[0]


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus of real articles; tests using it skip when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not here")
    return CORPUS


def by_name(entries: list[dict[str, Any]], name: str) -> dict[str, Any]:
    """The entry called ``name``; fails with the names there are."""
    for entry in entries:
        if entry["name"] == name:
            return entry
    raise AssertionError(f"{name!r} not in {[e['name'] for e in entries]}")


def names(entries: list[dict[str, Any]]) -> list[str]:
    """The names of a list of entries."""
    return [e["name"] for e in entries]
