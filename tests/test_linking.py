"""Ingest links mentions to the register: canonical names, ambiguity, rejections, kinds."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator.entities_file import EntitiesFile
from generator.ingest import extract_records, ingest
from generator.linking import LinkIndex, build_index, link_fields, project_index
from generator.project import Project
from generator.record import Record
from generator.seeds import Seed
from tests.test_ingest import fake_extract
from tests.test_register import named, person, write_record


def record(rid: str, date: str, **lists: list[dict[str, Any]]) -> Record:
    """A record as the register reads it: id, date and entity lists."""
    empty: dict[str, list[dict[str, Any]]] = {
        "people": [],
        "organizations": [],
        "places": [],
        "groups": [],
    }
    return {"id": rid, "date": date, **empty, **lists}


def place(name: str, kind: str, code: str | None, aliases: list[str] | None = None) -> Any:
    """A places[] entry."""
    return {"name": name, "kind": kind, "country_code": code, "aliases": aliases or []}


def fields(date: str | None, **lists: list[dict[str, Any]]) -> dict[str, Any]:
    """Extracted fields with entity lists and quotes."""
    return {**record("x", "", **lists), "title": "t", "date": date, "quotes": []}


DESK = [
    record("a", "1986-03-01", people=[person("Walter Pendry", "President")]),
    record("b", "1987-06-01", people=[person("Walter Pendry", "President")]),
    record("c", "1990-01-01", people=[person("Ada Quist", "Chancellor")]),
    record("d", "2005-01-01", people=[person("Ben Quist", "Chancellor")]),
    record("e", "2005-02-01", people=[person("Ben Quist")]),
]


def test_a_bare_surname_becomes_the_one_full_name_of_its_time() -> None:
    """'Pendry' in a 1987 story is Walter Pendry, kept as an alias; his quotes follow him."""
    index = build_index(DESK, EntitiesFile())
    given = fields("1987-09-09", people=[person("Pendry", aliases=["Mr Pendry"])])
    given["quotes"] = [{"text": "We go on.", "speaker": "Pendry"}]
    linked, notes = link_fields(given, index)
    assert linked["people"] == [
        {"name": "Walter Pendry", "role": None, "aliases": ["Pendry", "Mr Pendry"]}
    ]
    assert linked["quotes"] == [{"text": "We go on.", "speaker": "Walter Pendry"}]
    assert notes == []
    assert given["people"][0]["name"] == "Pendry"  # the input is left as it was


def test_a_story_outside_the_entitys_years_is_not_linked() -> None:
    """'Pendry' in 2020 is not the Walter Pendry of 1986-87: the date range disagrees."""
    index = build_index(DESK, EntitiesFile())
    linked, _ = link_fields(fields("2020-01-01", people=[person("Pendry")]), index)
    assert linked["people"][0]["name"] == "Pendry"


def test_an_ambiguous_surname_stays_as_written_and_says_so() -> None:
    """Two Quists fit an undated story: the name stays and the note names both."""
    index = build_index(DESK, EntitiesFile())
    linked, notes = link_fields(fields(None, people=[person("Quist")]), index)
    assert linked["people"][0]["name"] == "Quist"
    assert notes == ["person 'Quist' left as written: the register knows Ada Quist and Ben Quist"]


def test_the_date_or_a_held_role_settles_an_ambiguous_name() -> None:
    """A 2005 story means Ben Quist; an undated one with a role both held stays ambiguous."""
    index = build_index(DESK, EntitiesFile())
    dated, _ = link_fields(fields("2005-05-05", people=[person("Quist")]), index)
    assert dated["people"][0]["name"] == "Ben Quist"
    desk = [*DESK, record("f", "1990-02-01", people=[person("Ada Quist", "Mayor")])]
    by_role, _ = link_fields(
        fields(None, people=[person("Quist", "Mayor")]), build_index(desk, EntitiesFile())
    )
    assert by_role["people"][0]["name"] == "Ada Quist"


def test_a_rejected_name_is_not_extracted_again_as_that_kind() -> None:
    """not_entities drops the name from that kind, and a quote it spoke loses its speaker."""
    editors = EntitiesFile(not_entities=[{"name": "Scroll", "kind": "person"}])
    given = fields(None, people=[person("Scroll"), person("Ada Quist")])
    given["quotes"] = [{"text": "x", "speaker": "Scroll"}, {"text": "y", "speaker": "Ada Quist"}]
    linked, _ = link_fields(given, build_index(DESK, editors))
    assert [p["name"] for p in linked["people"]] == ["Ada Quist"]
    assert [q["speaker"] for q in linked["quotes"]] == [None, "Ada Quist"]


def test_a_name_known_only_as_another_kind_moves_there() -> None:
    """A 'person' two published briefings name an organization, and none a person, moves there."""
    # One briefing, or drafts (the generator's own guesses), are too little.
    desk = [record(r, "2001-01-01", organizations=[named("Velmont")]) for r in ("a", "b")]
    desk.append(record("c", "2001-01-01", places=[place("Tarsk", "city", "RU")]))
    desk.append(record("d", "2001-01-01", places=[place("Tarsk", "city", "RU")]))
    reviewed = [{**r, "status": "published"} for r in desk]
    given = fields(None, people=[person("Velmont"), person("Tarsk")])
    linked, _ = link_fields(given, build_index(reviewed, EntitiesFile()))
    assert linked["people"] == []
    assert linked["organizations"] == [{"name": "Velmont", "aliases": []}]
    assert linked["places"] == [place("Tarsk", "city", "RU")]
    for too_little in (reviewed[:1] + reviewed[2:3], desk):
        kept, _ = link_fields(given, build_index(too_little, EntitiesFile()))
        assert [p["name"] for p in kept["people"]] == ["Velmont", "Tarsk"]


def test_two_mentions_of_one_entity_join() -> None:
    """An alias and the canonical name in one story become one entry."""
    editors = EntitiesFile(
        entities=[{"name": "Velmont Group", "kind": "organization", "aliases": ["VG"]}]
    )
    desk = [record("a", "2001-01-01", organizations=[named("Velmont Group")])]
    given = fields(None, organizations=[named("Velmont Group"), named("VG", ["V.G."])])
    linked, _ = link_fields(given, build_index(desk, editors))
    assert linked["organizations"] == [{"name": "Velmont Group", "aliases": ["VG", "V.G."]}]


def test_a_place_with_another_country_code_is_not_linked() -> None:
    """A 'Tarsk' in another country is another place."""
    desk = [record("a", "2001-01-01", places=[place("Tarsk", "city", "RU", ["Tarsk City"])])]
    given = fields(None, places=[place("Tarsk City", "city", "KZ")])
    linked, _ = link_fields(given, build_index(desk, EntitiesFile()))
    assert linked["places"][0]["name"] == "Tarsk City"


def test_no_register_changes_nothing() -> None:
    """A first run: the fields come back equal."""
    given = fields("2001-01-01", people=[person("Pendry")])
    assert link_fields(given, LinkIndex()) == (given, [])


def surname_extract(seeds: Sequence[Seed]) -> list[dict[str, Any]]:
    """The stand-in extractor, naming 'Quist' in every seed."""
    out = fake_extract(seeds)
    for entry in out:
        entry["people"] = [person("Quist")]
    return out


def test_ingest_links_and_reports_ambiguity(project: Path) -> None:
    """Ingest writes the canonical name when one fits and says so on the line when two do."""
    write_record(project, "one", date="2005-01-01", people=[person("Ben Quist")])
    (project / "seeds" / "a.txt").write_text("Headline\n\nQuist spoke.\n", "utf-8")
    [outcome] = ingest(
        Project(project), [project / "seeds"], today=dt.date(2005, 3, 1), extractor=surname_extract
    )
    assert outcome.action == "created"
    assert "people:\n  - name: Ben Quist\n    role: null\n    aliases:\n      - Quist\n" in (
        project / outcome.record
    ).read_text("utf-8")
    write_record(project, "two", date="2005-01-01", people=[person("Ada Quist")])
    (project / "seeds" / "b.txt").write_text("Other\n\nQuist again.\n", "utf-8")
    outcomes = ingest(Project(project), [project / "seeds"], extractor=surname_extract)
    assert [o.detail for o in outcomes if o.action == "created"] == [
        "person 'Quist' left as written: the register knows Ada Quist and Ben Quist"
    ]


def test_project_index_skips_unreadable_records(project: Path) -> None:
    """A broken record file is check's business: the register reads the rest."""
    write_record(project, "one", people=[person("Ben Quist")])
    (project / "briefings" / "broken.yaml").write_text("id: [unclosed\n", "utf-8")
    index = project_index(Project(project))
    assert [k.name for k in index.forms[("person", "quist")]] == ["Ben Quist"]


def test_project_index_reads_a_changed_record_again(project: Path) -> None:
    """The cache in build/ gives the same index, and a rewritten record is read anew."""
    write_record(project, "one", people=[person("Ben Quist")])
    first = project_index(Project(project))
    assert (project / "build" / ".register-cache.json").is_file()
    assert project_index(Project(project)) == first
    write_record(project, "one", people=[person("Ben Quist"), person("Ada Quist")])
    again = project_index(Project(project))
    assert sorted(k.name for k in again.forms[("person", "quist")]) == ["Ada Quist", "Ben Quist"]


def test_the_registers_own_bare_surname_gives_way_to_the_full_name() -> None:
    """A desk that already has a 'Pendry' beside Walter Pendry links 'Pendry' to the full name."""
    desk = [*DESK, record("g", "1987-07-01", people=[person("Pendry")])]
    linked, notes = link_fields(
        fields("1987-09-09", people=[person("Pendry")]), build_index(desk, EntitiesFile())
    )
    assert (linked["people"][0]["name"], notes) == ("Walter Pendry", [])


def test_a_role_rules_out_only_a_candidate_known_in_another_role() -> None:
    """A Quist with no role on record may have been Mayor too: the name stays ambiguous."""
    desk = [
        record("a", "2005-01-01", people=[person("Ada Quist", "Mayor")]),
        record("b", "2005-01-01", people=[person("Ben Quist")]),
    ]
    linked, notes = link_fields(
        fields(None, people=[person("Quist", "Mayor")]), build_index(desk, EntitiesFile())
    )
    assert linked["people"][0]["name"] == "Quist" and len(notes) == 1


def test_an_editors_merge_settles_a_surname_others_share() -> None:
    """'Quist' merged into Ben Quist is Ben, not Ada Quist, unless the date rules Ben out."""
    editors = EntitiesFile(entities=[{"name": "Ben Quist", "kind": "person", "aliases": ["Quist"]}])
    index = build_index(DESK, editors)
    linked, notes = link_fields(fields(None, people=[person("Quist")]), index)
    assert (linked["people"][0]["name"], notes) == ("Ben Quist", [])
    early, _ = link_fields(fields("1990-06-01", people=[person("Quist")]), index)
    assert early["people"][0]["name"] == "Ada Quist"


def test_extract_links_as_ingest_would_and_writes_nothing(project: Path) -> None:
    """briefings extract prints the linked record and leaves no register cache behind."""
    write_record(project, "one", date="2005-01-01", people=[person("Ben Quist")])
    (project / "seeds" / "a.txt").write_text("Headline\n\nQuist spoke.\n", "utf-8")
    records, _ = extract_records(
        Project(project), [project / "seeds"], surname_extract, dt.date(2005, 3, 1)
    )
    assert [p["name"] for p in records[0]["people"]] == ["Ben Quist"]
    assert not (project / "build").exists()


def test_an_edited_record_is_never_relinked(project: Path) -> None:
    """A record an editor changed stays whole when its seed changes, whatever the register says."""
    (project / "seeds" / "a.txt").write_text("Headline\n\nQuist spoke.\n", "utf-8")
    [first] = ingest(Project(project), [project / "seeds"], extractor=surname_extract)
    path = project / first.record
    path.write_text(path.read_text("utf-8").replace("summary: Quist spoke.", "summary: Edited."))
    edited = path.read_bytes()
    write_record(project, "one", date="2005-01-01", people=[person("Ben Quist")])
    (project / "seeds" / "a.txt").write_text("Headline\n\nQuist spoke again.\n", "utf-8")
    [second] = ingest(Project(project), [project / "seeds"], extractor=surname_extract)
    assert second.action == "conflict" and path.read_bytes() == edited


def test_project_index_refuses_yaml_aliases(project: Path) -> None:
    """A record holding an anchor and aliases is left out (check reports it), not expanded."""
    write_record(project, "one", people=[person("Ben Quist")])
    text = "id: two\ndate: '2005-01-01'\npeople:\n- &p {name: Ada Quist, aliases: []}\n- *p\n"
    (project / "briefings" / "two.yaml").write_text(text, "utf-8")
    index = project_index(Project(project))
    assert [k.name for k in index.forms[("person", "quist")]] == ["Ben Quist"]


def test_a_damaged_register_cache_is_read_again(project: Path) -> None:
    """A cache file that is not what the register wrote is ignored, never a crash."""
    write_record(project, "one", people=[person("Ben Quist")])
    cache = project / "build" / ".register-cache.json"
    cache.parent.mkdir()
    stamp = [(project / "briefings" / "one.yaml").stat().st_size, 0]
    stamp[1] = (project / "briefings" / "one.yaml").stat().st_mtime_ns
    bad = {"one.yaml": [*stamp, {"id": 5}], "x.yaml": [1, 2]}
    cache.write_text(json.dumps({"version": 3, "files": bad}), "utf-8")
    index = project_index(Project(project))
    assert [k.name for k in index.forms[("person", "quist")]] == ["Ben Quist"]
