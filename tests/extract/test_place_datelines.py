"""The state or country a dateline writes after its town is a place of the story."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from generator.extract.place_votes import dateline_starts


def _places(nlp: Language, text: str, cut: str | None = None) -> list[tuple[str, list[str]]]:
    return [(e.name, e.aliases) for e in extract_entities(nlp(text), cut) if e.kind == PLACE]


def test_a_state_abbreviation_after_a_dateline_town_is_the_state(nlp: Language) -> None:
    """ "FRESNO, Calif 2024-05-02": California, after the town, written "Calif", and no
    place named "Calif" beside it."""
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
    """ "SOLDIERS may be sent", "WARDENS decided", "MARGOT May said": no month opens a
    date there, so the word in capitals is no dateline's town."""
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
