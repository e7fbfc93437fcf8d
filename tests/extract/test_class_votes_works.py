"""A list of works keeps its noun across a time phrase: "hits in the 1980s including X"."""

from __future__ import annotations

from generator.extract import extract
from generator.seeds import Seed


def _people(text: str) -> list[str]:
    """The names of the people of an article given as paragraphs split by blank lines."""
    paragraphs = tuple(p.strip() for p in text.split("\n\n") if p.strip())
    found = extract([Seed("listed_works.txt", "0" * 64, None, paragraphs)])[0]
    return [p["name"] for p in found["people"]]


def test_hits_listed_after_a_decade_are_no_people() -> None:
    """ "a run of hits in the 1980s including Rosa Vane and Kitty Marlow": two songs."""
    people = _people(
        "Crooner Ambrose Kettley, who had a run of hits in the 1980s including Rosa Vane "
        "and Kitty Marlow, will play a farewell show in Hull.\n\n"
        "Kettley said the show would be his last."
    )
    assert people == ["Ambrose Kettley"]


def test_albums_listed_after_a_year_and_a_comma_are_no_people() -> None:
    """ "four albums in the 2000s, such as Dana Pell": an album, by the noun before the time."""
    people = _people(
        "The Quarry Lads made four albums in the 2000s, such as Dana Pell and Eddie Brand, "
        "before their drummer Ivo Satch left.\n\n"
        "Satch now runs a bakery in Frome."
    )
    assert people == ["Ivo Satch"]


def test_best_picture_nominees_are_films() -> None:
    """ "best picture nominees include ... Nora Pask, a drama": a film, not a person."""
    people = _people(
        "In Tarrow the festival jury's best picture nominees include The Quiet "
        "Mill, Harbour Lights East and Nora Pask, a drama about a ferry captain.\n\n"
        "Nora Pask leads the field with eight nominations, said the jury's head, Leon Ashe."
    )
    assert people == ["Leon Ashe"]


def test_best_actor_nominees_stay_people() -> None:
    """ "best actor nominees include Jory Kemp": an actor's noun keeps the nominee a person."""
    people = _people(
        "This year's best actor nominees include Jory Kemp and Silas Orme.\n\n"
        "Kemp is nominated for the third time."
    )
    assert people == ["Jory Kemp", "Silas Orme"]
