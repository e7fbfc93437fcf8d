"""A surname that several people of a story share names the one the story calls by it."""

from __future__ import annotations

from typing import Any

from generator.extract import extract
from generator.seeds import Seed


def _record(*paragraphs: str) -> dict[str, Any]:
    seed = Seed(path="family.txt", sha256="0" * 64, title="Debate", paragraphs=paragraphs)
    (record,) = extract([seed])
    return record


def _speakers(record: dict[str, Any]) -> list[str | None]:
    return [quote["speaker"] for quote in record["quotes"]]


def test_relatives_introduced_as_kin_do_not_take_the_bare_surname() -> None:
    """'Her son Owen Whitlow and her daughter Tess Whitlow': 'Whitlow said' is the senator."""
    record = _record(
        "Senator Dana Whitlow opened the debate in Port Selby on Monday.",
        "Her son Owen Whitlow and her daughter Tess Whitlow sat in the front row.",
        '"We will win this fight," Whitlow said.',
    )
    assert _speakers(record) == ["Dana Whitlow"]
    aliases = {person["name"]: person["aliases"] for person in record["people"]}
    assert aliases["Dana Whitlow"] == ["Whitlow"]


def test_a_relative_does_not_take_a_first_name_the_story_shares() -> None:
    """'his nephew, John Marsh': 'John said' is still the captain the story is about."""
    record = _record(
        "John Whitlow, the ferry captain, retired on Monday after forty years.",
        "His nephew, John Marsh, will take the helm in Port Selby next spring.",
        '"The river has been my life," John said.',
    )
    assert _speakers(record) == ["John Whitlow"]


def test_a_courtesy_title_takes_the_nearest_bearer() -> None:
    """'Mr Vance' may be the husband introduced as kin: the title, not the kin rule, decides."""
    record = _record(
        "Nora Vance visited the bakery with her husband, Carl Vance.",
        '"I was a pilot for thirty years," says Mr Vance.',
    )
    assert _speakers(record) == ["Carl Vance"]


def test_one_bearer_still_takes_the_surname_after_it() -> None:
    """With one full name, the bare surname is that person's, kin or not."""
    record = _record(
        "Her son Owen Whitlow opened the debate in Port Selby on Monday.",
        '"We will win this fight," Whitlow said.',
    )
    assert _speakers(record) == ["Owen Whitlow"]


def test_a_surname_written_alone_again_and_again_is_a_person_of_its_own() -> None:
    """'Whitlow ... Whitlow ... Whitlow', then two other Whitlows: neither is the one before."""
    record = _record(
        "Governor Whitlow attacked the ferry plan on Monday.",
        "Whitlow said the plan would cost too much. Aides to Whitlow agreed.",
        '"It is a waste of money," Whitlow said.',
        "Tess Whitlow, who runs a cafe by the harbour, disagreed with the plan.",
        "Owen Whitlow, a ferry pilot, said nothing.",
        '"We need the ferry," Tess Whitlow said.',
        '"The money should go to schools," Whitlow said.',
    )
    assert _speakers(record) == ["Whitlow", "Tess Whitlow", "Whitlow"]


def test_one_full_name_written_late_still_takes_the_surname() -> None:
    """With one full name ending in it, a surname written alone first is that person."""
    record = _record(
        "Governor Whitlow attacked the ferry plan on Monday.",
        "Whitlow said the plan would cost too much. Aides to Whitlow agreed.",
        "Governor Dana Whitlow has held the office since 2019.",
        '"It is a waste of money," Whitlow said.',
    )
    assert _speakers(record) == ["Dana Whitlow"]


def test_a_name_with_and_without_a_full_stop_is_one_person() -> None:
    """'Marsh Jr' and 'Marsh Jr.' are one son, written with and without the stop."""
    record = _record(
        "Colby Marsh Sr, 61, and Wendy Marsh, 58, were found dead at their farm in Tolliver.",
        "Marsh Jr, 32, denies both charges.",
        "A notebook lay in the room where Marsh Jr. had been sleeping, detectives said.",
    )
    names = [person["name"] for person in record["people"]]
    assert names.count("Marsh Jr") + names.count("Marsh Jr.") == 1


def test_a_relative_by_marriage_does_not_take_the_bare_surname() -> None:
    """'his daughter-in-law, Mina Quint' is kin: the bare 'Quint' after her is the founder."""
    record = _record(
        "Ferris Quint, who founded a boatyard in Harlow Bay, has died aged 84.",
        "His daughter-in-law, Mina Quint, said the family would keep the yard open.",
        "Quint built his first dinghy at fourteen. Quint sold the yard in 1999.",
    )
    aliases = {person["name"]: person["aliases"] for person in record["people"]}
    assert aliases["Ferris Quint"] == ["Quint"]
    assert aliases["Mina Quint"] == []


def test_a_lone_surname_is_the_relative_written_with_its_title_of_office() -> None:
    """'Mayor Quenby' again and again, then 'Mayor Ilse Quenby' and her husband: she is Quenby."""
    record = _record(
        "Mayor Quenby closed the old tram depot in Harrowgate on Tuesday.",
        "Quenby said the depot had lost money for a decade. Aides to Quenby agreed.",
        '"We had no other choice," Quenby said.',
        "Mayor Ilse Quenby will open a bus station on the site next year.",
        "Her husband, Bram Quenby, runs a bakery beside the depot.",
        '"The buses will bring customers," Quenby said.',
    )
    people = {person["name"]: person for person in record["people"]}
    assert "Quenby" not in people
    assert _speakers(record) == ["Ilse Quenby", "Ilse Quenby"]


def test_a_relative_introduced_by_given_name_does_not_take_the_bare_surname() -> None:
    """'Dunstan's son Owen', later 'Owen Dunstan': a 'Dunstan' after him is still the senator."""
    record = _record(
        "Senator Rafe Dunstan opened the harbour fair in Kelby on Saturday.",
        "Dunstan's son Owen has run the fair's boat race for a decade.",
        "Last year Owen Dunstan, 24, won the race himself.",
        "Dunstan thanked the volunteers and praised the rowers.",
    )
    aliases = {person["name"]: person["aliases"] for person in record["people"]}
    assert aliases == {"Rafe Dunstan": ["Dunstan"], "Owen Dunstan": ["Owen"]}


def test_a_given_name_after_a_kin_noun_late_does_not_make_the_principal_kin() -> None:
    """'Ivo Marsh's son, Tobin' after the story named Tobin Marsh: 'Marsh' is still Tobin."""
    record = _record(
        "Tobin Marsh, 16, was charged on Monday with setting fire to a barn in Elsworth.",
        "Marsh was arrested at his school after a neighbour saw him near the barn.",
        "He is the son of Ivo Marsh, a farmer who died in 2018.",
        "Ivo Marsh's son, Tobin, had lived with his aunt since then.",
        "Marsh will appear before a youth court next month.",
    )
    aliases = {person["name"]: person["aliases"] for person in record["people"]}
    assert aliases == {"Tobin Marsh": ["Marsh", "Tobin"], "Ivo Marsh": []}


def test_a_headline_surname_of_two_bearers_is_no_alias_of_the_relative() -> None:
    """A headline's 'Dunstan' over the senator and his son is not a name of the son."""
    seed = Seed(
        path="family.txt",
        sha256="0" * 64,
        title="Senator Dunstan vows to save harbour fair",
        paragraphs=(
            "Senator Rafe Dunstan opened the harbour fair in Kelby on Saturday.",
            "Dunstan cut a ribbon by the slipway and thanked the volunteers.",
            "Dunstan's son Owen has run the fair's boat race for a decade.",
            "Owen Dunstan, 24, won the race himself in 2019.",
        ),
    )
    (record,) = extract([seed])
    aliases = {person["name"]: person["aliases"] for person in record["people"]}
    assert aliases == {"Rafe Dunstan": ["Dunstan"], "Owen Dunstan": ["Owen"]}
