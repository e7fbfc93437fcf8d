"""A people's adjective before a noun of things names no group; before a noun of people it does."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import GROUP, extract_entities


def _groups(nlp: Language, text: str) -> set[str]:
    return {e.name for e in extract_entities(nlp(text)) if e.kind == GROUP}


def test_an_adjective_before_countries_is_no_group(nlp: Language) -> None:
    """ "Arab countries pledged aid": the countries are no members of a people."""
    assert "Arabs" not in _groups(nlp, "Several Arab countries pledged aid to the port city.")


def test_an_adjective_before_elections_is_no_group(nlp: Language) -> None:
    """ "ahead of the European elections": a vote, not the Europeans."""
    text = "The party hopes to gain seats ahead of the European elections in June."
    assert "Europeans" not in _groups(nlp, text)


def test_an_adjective_before_people_is_a_group(nlp: Language) -> None:
    """ "young Muslim men", "the Jewish community": the people themselves."""
    text = "Young Muslim men were stopped more often, and the Jewish community was worried."
    assert {"Muslims", "Jews"} <= _groups(nlp, text)


def test_an_adjective_before_forces_is_a_group(nlp: Language) -> None:
    """ "Kurdish rebel forces held the ridge": a body of the people's members, so a group."""
    assert "Kurds" in _groups(nlp, "Kurdish rebel forces held the ridge on Monday.")


def test_an_adjective_before_an_alliance_is_a_group(nlp: Language) -> None:
    """ "an Islamist alliance took the city": a body of the people's members, so a group."""
    assert "Islamists" in _groups(nlp, "An Islamist alliance took the city in March.")
