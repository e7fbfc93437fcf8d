"""The state or country a dateline writes after its town is a place of the story."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from generator.extract import extract
from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from generator.extract.place_datelines import dateline_starts
from generator.seeds import read_seed


def _places(nlp: Language, text: str, cut: str | None = None) -> list[tuple[str, list[str]]]:
    return [(e.name, e.aliases) for e in extract_entities(nlp(text), cut) if e.kind == PLACE]


def test_a_state_abbreviation_after_a_dateline_town_is_the_state(nlp: Language) -> None:
    """ "FRESNO, Calif 2024-05-02": "Calif" after the town is California, with no place "Calif"."""
    text = "FRESNO, Calif 2024-05-02 A water main burst under the high street on Monday."
    places = _places(nlp, text)
    names = [name for name, _ in places]
    assert names.index("California") == names.index("Fresno") + 1
    assert dict(places)["California"] == ["Calif"]
    assert "Calif" not in names


def test_a_dateline_cut_before_parsing_gives_its_state_too(nlp: Language) -> None:
    """A seed's dateline "KELBY, Ont." gives Kelby first, then Ontario as written."""
    places = _places(nlp, "The ferry to the island was cancelled again.", "KELBY, Ont.")
    assert [name for name, _ in places][:2] == ["Kelby", "Ontario"]
    assert dict(places)["Ontario"] == ["Ont."]


def test_a_month_after_a_dateline_comma_is_no_place(nlp: Language) -> None:
    """ "KELBY, March 3 -": the date after the comma names no region."""
    places = _places(nlp, "KELBY, March 3 - The ferry to the island was cancelled again.")
    assert [name.lower() for name, _ in places] == ["kelby"]


def test_a_dateline_region_the_text_names_keeps_its_mentions(nlp: Language) -> None:
    """ "KELBY, Norway" in a story about Norway: one Norway, with every mention."""
    text = "KELBY, Norway 2024-05-02 Norway and Sweden signed a deal. Norway said it would last."
    norway = [e for e in extract_entities(nlp(text)) if e.name == "Norway"]
    assert len(norway) == 1 and len(norway[0].mentions) == 3  # the dateline's and two more


def test_a_word_in_capitals_opening_a_story_is_no_dateline(nlp: Language) -> None:
    """ "SOLDIERS may be sent": a word in capitals with no month after it is no dateline's town."""
    # Also "WARDENS decided", "MARGOT May said": no month opens a date there.
    for text in (
        "SOLDIERS may be sent to help the wardens, the minister said.",
        "WARDENS decided to close the park on Sunday.",
        "MARGOT May said the vote was lost.",
    ):
        assert dateline_starts(nlp(text)) == {}, text


def test_a_month_and_its_day_after_a_town_open_a_dateline(nlp: Language) -> None:
    """ "KELBY, March 3 -" and "KELBY Aug. 30 -" are datelines of Kelby."""
    for text in ("KELBY, March 3 - The ferry sank.", "KELBY Aug. 30 - The ferry sank."):
        assert dateline_starts(nlp(text)) == {0: 1}, text


def test_a_seed_dateline_keeps_the_region_written_after_its_town(tmp_path: Path) -> None:
    """ "TARNVILLE, England (Reuters) -": the town is English, and the region is a place too."""
    # Also "TARLAND, Ont. -" opening a seed: the town is placed in the country of the region written
    # after it, and the region is a place too.
    cases = [
        ("TARNVILLE, England (Reuters) -", ("Tarnville", "GB"), ("England", "GB")),
        ("TARLAND, Ont. -", ("Tarland", "CA"), ("Ontario", "CA")),
    ]
    for dateline, town, region in cases:
        path = tmp_path / "story.txt"
        path.write_text(
            f"Floods close the mill road\n\n{dateline} Floods closed the main road into the"
            " town on Tuesday, the council said.\n"
        )
        record = extract([read_seed(path, tmp_path)[0]])[0]
        places = [(p["name"], p["country_code"]) for p in record["places"]]
        assert places[:2] == [town, region]


def test_a_subdivision_after_a_town_in_capitals_opens_a_dateline(nlp: Language) -> None:
    """ "TARNVILLE, England 2024-05-02": a subdivision after the comma makes a dateline town."""
    # The town is placed in that subdivision's country.
    text = "TARNVILLE, England 2024-05-02 Floods closed the main road into the town on Tuesday."
    places = [
        (e.name, e.place.country_code if e.place else None)
        for e in extract_entities(nlp(text))
        if e.kind == PLACE
    ]
    assert places[:2] == [("Tarnville", "GB"), ("England", "GB")]


def test_a_sports_slug_before_a_dash_is_no_dateline(nlp: Language) -> None:
    """ "TENNIS - Results": a common noun no table places is no dateline; "READING -" still is."""
    # A common noun heads a section, not a story filed from a town; a town the tables know still
    # opens one.
    slug = "TENNIS - Results from the Kelby Open on Saturday.\n\nMOTOR RACING - Results."
    assert dateline_starts(nlp(slug)) == {}
    assert dateline_starts(nlp("READING - Police said on Monday that two men were held.")) != {}


def test_a_dateline_town_is_in_the_country_written_after_it(nlp: Language) -> None:
    """A dateline town is in the country written after it: "BIRMINGHAM, Ala." is the US city."""
    # Not the larger English one; a town the gazetteer knows only abroad ("KELBY, Russia") takes the
    # country written after it.
    text = "A water main burst under the high street on Monday."
    found = {e.name: e.place for e in extract_entities(nlp(text), "BIRMINGHAM, Ala.")}
    assert found["Birmingham"] is not None and found["Birmingham"].country_code == "US"
    found = {e.name: e.place for e in extract_entities(nlp(text), "PORTLAND, Russia")}
    assert found["Portland"] is not None and found["Portland"].country_code == "RU"


def test_a_name_after_the_cities_of_is_a_place(nlp: Language) -> None:
    """ "the cities of X and Y": a place noun's plural in "-ies" makes its names places."""
    text = "The strike closed schools in the cities of Modena and Bologna on Friday."
    assert {"Bologna", "Modena"} <= {name for name, _ in _places(nlp, text)}
