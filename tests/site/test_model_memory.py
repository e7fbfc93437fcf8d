"""The site model's memory under build/: what an earlier build worked out is taken again
only for the same inputs, and a model built with it is the model built without."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from generator import sitemodel
from generator.sitemodel import hub_memory, related, stories, threads, words
from generator.sitemodel import memory as memory_module
from generator.sitemodel.memory import CACHE_NAME, ModelMemory, kept_in
from tests.site.helpers import fixture_records, make_record, named, person, place

#: Invented stories: their people, organization, city and the words their texts use.
STORIES = [
    ("Ana Petrova", "Velmora Water Authority", "Velmora", "dam spillway cracks reservoir"),
    ("Rui Lobo", "Lisbon Football Club", "Lisbon", "cup final penalty shootout coach"),
    ("Mira Kast", "Harbour Guild", "Porto", "harbour strike dockers wages ships"),
    ("Ivo Tanner", "Northern Rail", "Braga", "railway signals delays commuters tunnel"),
]
FILLER = ["reported", "officials", "statement", "later", "week", "region", "plans", "talks"]


def _record(number: int, rng: random.Random) -> dict[str, Any]:
    """A briefing of a random story on a random day of two months, with random wording."""
    name, organization, city, topic = rng.choice(STORIES)
    text = " ".join(rng.sample(topic.split(), 3) + rng.sample(FILLER, 3))
    return make_record(
        f"briefing-{number:03d}",
        f"2025-{rng.randint(3, 4):02d}-{rng.randint(1, 28):02d}",
        title=f"{name} and the {text}",
        summary=text,
        key_points=[text],
        body=f"{text}\n",
        people=[person(name)],
        organizations=[named(organization)] if rng.random() < 0.8 else [],
        places=[place(city, "city", "PT")],
        topics=[rng.choice(["politics", "economy"])],
    )


def _edited(records: list[dict[str, Any]], rng: random.Random, step: int) -> None:
    """One random edit: a new wording, another day, another story's people, a new topic,
    a briefing added or one deleted."""
    at = rng.randrange(len(records))
    kind = rng.choice(["text", "title", "date", "people", "topic", "add", "delete"])
    if kind == "text":
        word = rng.choice([*FILLER, "spillway", "shootout"])
        records[at] = {**records[at], "summary": records[at]["summary"] + " " + word}
    elif kind == "title":
        records[at] = {**records[at], "title": records[at]["title"] + " (corrected)"}
    elif kind == "date":
        records[at] = {**records[at], "date": f"2025-04-{rng.randint(1, 28):02d}"}
    elif kind == "people":
        records[at] = {**records[at], "people": [person(rng.choice(STORIES)[0])]}
    elif kind == "topic":
        records[at] = {**records[at], "topics": ["sport"]}
    elif kind == "add":
        records.append(_record(500 + step, rng))
    elif len(records) > 2:
        del records[at]


def _desk(rng: random.Random, size: int = 60) -> list[dict[str, Any]]:
    return [_record(number, rng) for number in range(size)]


def _threads(found: list[stories.Thread]) -> list[tuple[str, str, list[str]]]:
    return [(t.slug, t.name, [e.record["id"] for e in t.entries]) for t in found]


def test_threads_with_memory_are_the_threads_without_after_any_edits(tmp_path: Path) -> None:
    """Random edits, each built with the memory of the build before: the same threads."""
    rng = random.Random(16)
    records = _desk(rng)
    path = tmp_path / CACHE_NAME
    assert len(stories.build_threads(records)) > 3  # the desk has threads to get wrong
    for step in range(40):
        memory = ModelMemory(path)
        found = stories.build_threads(records, memory=memory)
        memory.save()
        assert _threads(found) == _threads(stories.build_threads(records)), step
        _edited(records, rng, step)


def test_unchanged_input_takes_the_decisions_again_and_a_late_edit_decides_from_it(
    tmp_path: Path,
) -> None:
    """No candidates are read when nothing changed; a new person reads only its own candidates."""
    # The new person is in the newest briefing.
    records = _desk(random.Random(3))
    path = tmp_path / CACHE_NAME
    fresh = threads.ThreadCounts()
    stories.build_threads(records, fresh)
    for _ in range(2):
        memory = ModelMemory(path)
        counts = threads.ThreadCounts()
        stories.build_threads(records, counts, memory)
        memory.save()
    assert counts.candidates == 0 < fresh.candidates
    newest = max(range(len(records)), key=lambda i: (records[i]["date"], records[i]["id"]))
    records[newest] = {**records[newest], "people": [person("Someone Else")]}
    counts = threads.ThreadCounts()
    stories.build_threads(records, counts, ModelMemory(path))
    assert 0 < counts.candidates < fresh.candidates


def test_vectors_of_unchanged_texts_are_kept_and_a_reweighed_word_changes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kept text is not read again; a reweighed word changes the vectors using it, as fresh."""
    # A word that more briefings use now changes the vector of every text using it.
    records = _desk(random.Random(5))
    path = tmp_path / CACHE_NAME
    memory = ModelMemory(path)
    vectors, tokens = words.text_vectors(records, memory)
    memory.save()
    read: list[str] = []
    counted = words.word_counts
    monkeypatch.setattr(words, "word_counts", lambda r: read.append(r["id"]) or counted(r))
    kept, same = words.text_vectors(records, ModelMemory(path))
    assert (list(kept), same) == (list(vectors), tokens)
    assert read == []
    uses = [i for i, r in enumerate(records) if "spillway" in r["summary"]]
    edited = next(i for i, r in enumerate(records) if "spillway" not in r["summary"])
    records[edited] = {**records[edited], "summary": records[edited]["summary"] + " spillway"}
    again, changed = words.text_vectors(records, ModelMemory(path))
    assert read == [records[edited]["id"]]
    fresh, fresh_tokens = words.text_vectors(records, ModelMemory(tmp_path / "fresh"))
    assert (list(again), changed) == (list(fresh), fresh_tokens)
    assert all(changed[i] != tokens[i] and again[i] != vectors[i] for i in uses)


def _watched(index: related.RelatedIndex, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids whose related box ``index`` works out (not taken from its memory)."""
    worked: list[str] = []
    work = index._of
    monkeypatch.setattr(index, "_of", lambda r, limit: worked.append(r["id"]) or work(r, limit))
    return worked


def test_related_boxes_with_memory_are_the_boxes_without_after_any_edits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After random edits related boxes match those without memory; unchanged ones come from it."""
    # The edits: entities, topics, dates, adds and deletions.
    rng = random.Random(7)
    records = _desk(rng)
    path = tmp_path / CACHE_NAME
    for step in range(40):
        memory = ModelMemory(path)
        index = related.RelatedIndex(records, hub_max=8, memory=memory)
        boxes = [index.of(r) for r in records]
        memory.save()
        fresh = related.RelatedIndex(records, hub_max=8)
        assert boxes == [fresh.of(r) for r in records], step
        _edited(records, rng, step)
    memory = ModelMemory(path)
    index = related.RelatedIndex(records, hub_max=8, memory=memory)
    [index.of(r) for r in records]
    memory.save()
    fresh = related.RelatedIndex(records, hub_max=8)
    index = related.RelatedIndex(records, hub_max=8, memory=ModelMemory(path))
    worked = _watched(index, monkeypatch)
    assert [index.of(r) for r in records] == [fresh.of(r) for r in records]
    assert worked == []


def test_a_topic_of_a_candidate_changes_the_boxes_that_may_list_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Topics break ties: a candidate's new topic is seen by the boxes sharing its entities."""
    records = _desk(random.Random(9))
    path = tmp_path / CACHE_NAME
    memory = ModelMemory(path)
    index = related.RelatedIndex(records, memory=memory)
    [index.of(r) for r in records]
    memory.save()
    records[4] = {**records[4], "topics": ["sport", "weather"]}
    index = related.RelatedIndex(records, memory=ModelMemory(path))
    worked = _watched(index, monkeypatch)
    [index.of(r) for r in records]
    theirs = index.keys["briefing-004"].keys()
    assert set(worked) == {r["id"] for r in records if related.entity_keys(r).keys() & theirs}


def test_the_site_model_with_memory_is_the_model_without(tmp_path: Path) -> None:
    """The fixture desk built twice within kept_in, and after an edit: the same models."""
    records = fixture_records()
    for edit in (None, None, "Corrected headline", None):
        if edit:
            records = [{**records[0], "title": edit}, *records[1:]]
        with kept_in(tmp_path):
            model = sitemodel.build_site_model(records, production=False)
        assert (tmp_path / CACHE_NAME).is_file()
        assert model == sitemodel.build_site_model(records, production=False)


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: raw[:-40] + bytes(b ^ 1 for b in raw[-40:]),
        lambda raw: b"not a cache at all",
        lambda raw: b"",
    ],
    ids=["cut short", "bytes changed", "garbage", "empty"],
)
def test_a_damaged_memory_is_ignored(tmp_path: Path, damage: Any) -> None:
    """A memory file that is not what a build wrote is not read at all."""
    records = _desk(random.Random(11))
    path = tmp_path / CACHE_NAME
    memory = ModelMemory(path)
    stories.build_threads(records, memory=memory)
    memory.save()
    assert ModelMemory(path).recall("threads") is not None
    path.write_bytes(damage(path.read_bytes()))
    memory = ModelMemory(path)
    assert memory.saved == {}
    assert _threads(stories.build_threads(records, memory=memory)) == _threads(
        stories.build_threads(records)
    )


def test_a_memory_of_other_code_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another generator (code digest) makes the memory unknown."""
    path = tmp_path / CACHE_NAME
    memory = ModelMemory(path)
    words.text_vectors(_desk(random.Random(1)), memory)
    memory.save()
    assert ModelMemory(path).recall("words") is not None
    monkeypatch.setattr(memory_module, "code_digest", lambda: "other code")
    assert ModelMemory(path).saved == {}


def test_hubs_are_kept_while_records_say_the_same_of_their_entities(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fixed headline takes hubs from memory; a new role, quote or date redoes them, as fresh."""
    # Taken from the memory, the hubs list the new record.
    records = fixture_records()
    path = tmp_path / CACHE_NAME
    built: list[int] = []
    fresh = hub_memory.build_hubs
    monkeypatch.setattr(hub_memory, "build_hubs", lambda rs: built.append(1) or fresh(rs))
    at = next(i for i, r in enumerate(records) if r["people"])
    someone = records[at]["people"][0]
    edits: list[tuple[dict[str, Any], bool]] = [
        ({}, False),
        ({"title": "A corrected headline"}, True),
        ({"summary": "Reworded."}, True),
        ({"quotes": [{"text": "We will rebuild.", "speaker": someone["name"]}]}, False),
        ({"people": [{**someone, "role": "Mayor"}]}, False),
        ({"date": "2020-01-01"}, False),
        ({"title": "Corrected again"}, True),
    ]
    for change, kept in edits:  # each edit on top of the ones before
        records = [*records[:at], {**records[at], **change}, *records[at + 1 :]]
        built.clear()
        memory = ModelMemory(path)
        hubs = hub_memory.kept_hubs(records, memory)
        memory.save()
        assert (built == []) is kept, change
        assert hubs == fresh(records)
        if kept:
            assert any(r is records[at] for h in hubs["people"] for r in h.briefings)
