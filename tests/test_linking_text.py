"""Names the desk confirmed are found in a new story's text where extraction missed them."""

from __future__ import annotations

from typing import Any

from generator.entities_file import EntitiesFile
from generator.linking import build_index, link_fields
from tests.test_linking import fields, place, record
from tests.test_register import named, person


def published(rid: str, **lists: list[dict[str, Any]]) -> dict[str, Any]:
    """A published record (an editor has reviewed it)."""
    return {**record(rid, "2001-01-01", **lists), "status": "published"}


def story(body: str, **lists: list[dict[str, Any]]) -> dict[str, Any]:
    """Extracted fields of a story with this body."""
    return {**fields("2001-02-01", **lists), "body": body}


def test_a_confirmed_name_the_story_writes_is_added() -> None:
    """Velmont Group and Tarsk, named in published records, are found in the text."""
    desk = [
        published("a", organizations=[named("Velmont Group", ["VMG"])]),
        published("b", places=[place("Tarsk", "city", "RU")]),
    ]
    linked, _ = link_fields(
        story("Shares of VMG rose in Tarsk on Monday."), build_index(desk, EntitiesFile())
    )
    assert linked["organizations"] == [{"name": "Velmont Group", "aliases": ["VMG"]}]
    assert linked["places"] == [place("Tarsk", "city", "RU")]
    assert list(linked["places"][0]) == ["name", "kind", "country_code", "aliases"]  # as written


def test_a_draft_never_feeds_the_text_search() -> None:
    """The generator's unreviewed output is no evidence: a draft's names are not searched."""
    desk = [{**published("a", organizations=[named("Velmont Group")]), "status": "draft"}]
    linked, _ = link_fields(story("Velmont Group grew."), build_index(desk, EntitiesFile()))
    assert linked["organizations"] == []


def test_names_already_extracted_or_inside_one_are_not_added_again() -> None:
    """'Pendry' inside the extracted 'Walter Pendry', and a name given as an alias, stay once."""
    desk = [
        published("a", people=[person("Pendry")], organizations=[named("Velmont Group")]),
    ]
    given = story(
        "Walter Pendry of the Velmont Group spoke.",
        people=[person("Walter Pendry")],
        organizations=[named("The Velmont", ["Velmont Group"])],
    )
    linked, _ = link_fields(given, build_index(desk, EntitiesFile()))
    assert [p["name"] for p in linked["people"]] == ["Walter Pendry"]
    assert [o["name"] for o in linked["organizations"]] == ["The Velmont"]


def test_lower_case_short_ambiguous_and_rejected_names_are_not_searched() -> None:
    """Lower-case, two-letter, ambiguous and rejected names are never matched in the text."""
    # 'open' (no capital), 'EU' (two letters), 'Tarsk' (a person and a place) and a rejected name.
    desk = [
        published("a", organizations=[named("open"), named("EU"), named("Scroll")]),
        published("b", people=[person("Tarsk")], places=[place("Tarsk", "city", "RU")]),
    ]
    editors = EntitiesFile(not_entities=[{"name": "Scroll", "kind": "organization"}])
    linked, _ = link_fields(
        story("Scroll down: the EU is open in Tarsk."), build_index(desk, editors)
    )
    assert (linked["people"], linked["organizations"], linked["places"]) == ([], [], [])


def test_a_name_inside_a_longer_name_is_not_added() -> None:
    """'Velmont' in 'Velmont Journal' or 'Union of Velmont' is not added; after a comma it is."""
    index = build_index([published("a", places=[place("Velmont", "city", "FR")])], EntitiesFile())
    for body in ("The Velmont Journal said so.", "The Union of Velmont met."):
        assert link_fields(story(body), index)[0]["places"] == []
    assert link_fields(story("Near Velmont, France."), index)[0]["places"][0]["name"] == "Velmont"
