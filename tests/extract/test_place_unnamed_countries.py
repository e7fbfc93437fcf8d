"""A little-known foreign town keeps its country only if the story names it or its people."""

from __future__ import annotations

from generator.extract import extract
from generator.extract.lexicon import Place
from generator.extract.place_countries import settled_city, settled_places
from generator.extract.place_nationalities import nationality_written
from generator.seeds import Seed

#: A Chilean town of some 68,000 people that GeoNames knows by 14 other names.
QUILLOTA = Place("Quillota", "city", "CL")
GB = frozenset(["GB"])


def _places(text: str) -> dict[str, tuple[str, str | None]]:
    seed = Seed(path="notes.txt", sha256="0" * 64, title="Notes", paragraphs=(text,))
    (record,) = extract([seed])
    return {p["name"]: (p["kind"], p["country_code"]) for p in record["places"]}


def test_a_town_known_by_few_names_keeps_no_country_in_a_story_of_another() -> None:
    """In a story naming only Britain, such a town is some place the gazetteer lacks."""
    assert settled_city(QUILLOTA, GB) == Place("Quillota", "other", None)


def test_its_peoples_name_keeps_the_towns_country() -> None:
    """ "Chilean" anywhere in the story is evidence enough for the Chilean town."""
    assert settled_city(QUILLOTA, GB, words=frozenset(["chilean", "police"])) == QUILLOTA


def test_another_place_of_its_country_keeps_the_towns_country() -> None:
    """Beside a city of the same country ("Bucha" beside "Kyiv") the town is that country's."""
    british = [Place("United Kingdom", "country", "GB"), Place("Leeds", "city", "GB")]
    places = [*british, Place("London", "city", "GB"), Place("Santiago", "city", "CL"), QUILLOTA]
    assert settled_places(places)[-1] == QUILLOTA
    assert settled_places([*british, Place("London", "city", "GB"), QUILLOTA])[-1] != QUILLOTA


def test_nationalities_are_read_from_the_countrys_name() -> None:
    """A country's name less its last vowel and an English ending names its people."""
    assert nationality_written("UA", frozenset(["ukrainian"]))
    assert nationality_written("IQ", frozenset(["iraqi"]))
    assert nationality_written("JP", frozenset(["japanese"]))
    assert nationality_written("GB", frozenset(["british"]))  # the demonym table's form
    assert not nationality_written("CL", frozenset(["children"]))
    assert not nationality_written("UA", frozenset(["iraqi"]))


def test_a_story_that_names_the_towns_people_places_it() -> None:
    """End to end: two Chilean men from the town, in a story of British cities."""
    text = (
        "Police in Leeds and London said two Chilean men had flown in from Quillota, where "
        "they ran a bakery. Britain will deport them next week."
    )
    assert _places(text)["Quillota"] == ("city", "CL")
    without = text.replace("two Chilean men", "two men")
    assert _places(without)["Quillota"] != ("city", "CL")
