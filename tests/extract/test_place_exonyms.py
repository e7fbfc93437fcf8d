"""A region the tables know only by its own country's name for it is in that country."""

from __future__ import annotations

from generator.extract.lexicon import Place
from generator.extract.place_exonyms import exonym_country
from generator.extract.place_story import placed_by_story

#: A story mostly of British places that names France once.
BRITISH_NAMING_FRANCE = [
    Place("United Kingdom", "country", "GB"),
    Place("Leeds", "city", "GB"),
    Place("France", "country", "FR"),
]


def test_an_english_form_of_a_french_regions_name_is_french() -> None:
    """ "Bretagna", a form of the French "Bretagne", is French, not the story's Britain."""
    region = Place("Bretagna", "other", None)
    placed = placed_by_story([*BRITISH_NAMING_FRANCE, region])
    assert placed[-1] == Place("Bretagna", "other", "FR")


def test_the_country_must_be_named() -> None:
    """With France never named, the form gives no country and the story's one stands."""
    story = [Place("United Kingdom", "country", "GB"), Place("Leeds", "city", "GB")]
    placed = placed_by_story([*story, Place("Bretagna", "other", None)])
    assert placed[-1].country_code == "GB"


def test_a_word_of_a_longer_subdivision_name_is_that_subdivisions_country() -> None:
    """One word of a longer name ("Auvergne-Rhône-Alpes") places that word alone."""
    assert exonym_country(Place("Auvergne", "region", None), frozenset({"FR", "GB"})) == "FR"


def test_a_word_of_many_subdivisions_names_is_no_place() -> None:
    """A kind word many subdivisions share ("Province") places nothing."""
    assert exonym_country(Place("Provinces", "region", None), frozenset({"LK", "PH"})) is None


def test_a_name_of_several_words_is_left_alone() -> None:
    """ "Bretagne Street" is a street of the story's own town, not the French region."""
    assert exonym_country(Place("Bretagne Street", "other", None), frozenset({"FR"})) is None


def test_a_stem_too_short_is_no_evidence() -> None:
    """Four shared letters are too few: "Bretoria" is no form of "Bretagne"."""
    assert exonym_country(Place("Bretoria", "region", None), frozenset({"FR"})) is None


def test_a_y_for_an_i_is_the_same_name() -> None:
    """ "Tyrol" is the Austrian "Tirol" in a story that names Austria, not the story's Britain."""
    story = [*BRITISH_NAMING_FRANCE, Place("Austria", "country", "AT")]
    placed = placed_by_story([*story, Place("Tyrol", "other", None)])
    assert placed[-1].country_code == "AT"
