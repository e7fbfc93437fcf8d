"""A name that a site's noun stands "at" is a place: "a gas plant at Kelby"."""

from __future__ import annotations

from generator.extract import extract
from generator.seeds import Seed


def _record(*paragraphs: str) -> dict[str, list[dict[str, object]]]:
    return extract([Seed("sites.txt", "0" * 64, "Blast halts output", paragraphs)])[0]


def test_plant_at_a_name_puts_the_name_on_the_map() -> None:
    """ "a large gas plant at Qarn-Dalil", read as a body by the model, is where the plant is."""
    record = _record(
        "A fire put a large gas plant at Qarn-Dalil out of action on Tuesday, the energy "
        "ministry said.",
        "Engineers expect the plant to restart within a month.",
    )
    assert "Qarn-Dalil" in [place["name"] for place in record["places"]]
    assert "Qarn-Dalil" not in [body["name"] for body in record["organizations"]]


def test_an_analyst_at_a_firm_works_for_a_body() -> None:
    """ "an analyst at Brenmark Securities": a noun of people before "at" names an employer."""
    record = _record(
        "Output at the refinery fell by a tenth, said Ola Pertwee, an analyst at Brenmark "
        "Securities.",
    )
    assert "Brenmark Securities" in [body["name"] for body in record["organizations"]]
    assert "Brenmark Securities" not in [place["name"] for place in record["places"]]


def test_a_plural_site_noun_puts_the_name_on_the_map() -> None:
    """ "the oil complexes at Bahr Tamun": a plural of any site noun stands at a place too."""
    record = _record("Strikes shut the oil complexes at Bahr Tamun on Tuesday, the ministry said.")
    assert "Bahr Tamun" in [place["name"] for place in record["places"]]
    assert "Bahr Tamun" not in [person["name"] for person in record["people"]]
