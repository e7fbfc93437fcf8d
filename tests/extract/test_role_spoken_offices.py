"""A person the story reports by an office alone ("'...,' the chancellor said") has that
office as their role, when the quote is bound to them and no one else holds the office now."""

from __future__ import annotations

from typing import Any

from generator.extract import extract
from generator.seeds import Seed


def _people(*paragraphs: str) -> dict[str, Any]:
    record = extract([Seed("offices.txt", "0" * 64, "Harbour news", paragraphs)])[0]
    return {p["name"]: p["role"] for p in record["people"]}


def test_office_that_reports_a_quote_is_the_speakers_role() -> None:
    """ "Marla Quentin opened ... / '...,' the prime minister said": she is the prime minister."""
    people = _people(
        "Marla Quentin opened the new sea wall at Brennock on Tuesday.",
        "Quentin said the wall would keep four hundred homes dry.",
        "The wall cost nine million pounds and took two winters to build.",
        '"This village has waited long enough for a safe harbour," the prime minister said.',
    )
    assert people["Marla Quentin"] == "prime minister"


def test_former_holder_leaves_the_office_to_the_speaker() -> None:
    """ "Osric Penwell, the former chancellor ... '...,' the chancellor said" of Lorrey: hers."""
    people = _people(
        "Osric Penwell, the former chancellor, mocked the grain levy on Monday.",
        "Gemma Lorrey defended the levy in parliament. Lorrey said every sum had been checked.",
        '"The farmers will be paid in full," the chancellor said.',
    )
    assert people["Osric Penwell"] == "former chancellor"
    assert people["Gemma Lorrey"] == "chancellor"


def test_pronoun_that_reports_a_quote_gives_no_role() -> None:
    """ "Gemma Lorrey ... '...,' she said": a pronoun says no office."""
    people = _people(
        "Gemma Lorrey defended the grain levy in parliament on Monday.",
        "Lorrey said every sum had been checked twice.",
        '"The farmers will be paid in full," she said.',
    )
    assert people["Gemma Lorrey"] is None


def test_office_inside_another_report_is_someone_spoken_of() -> None:
    """ "She claimed the prime minister thinks '...'": the quote is hers, not his."""
    people = _people(
        "Nell Barrow led a march of cyclists through Dunfrey on Saturday.",
        "Barrow attacked the new ring road. In her speech she claimed the prime minister "
        "thinks 'the northern towns do not count'.",
    )
    assert people["Nell Barrow"] is None
