"""A place no table knows keeps the story's country only when its sentences allow it."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_place_codes

#: A story mostly of Britain, one sentence of it set abroad.
_TEXT = (
    "Harriet Quillby grew up in Leeds and moved to London in 1990. "
    "She later taught in Manchester and Bristol. "
    "Her father ran a small hotel on Varnello Square, near the Italian parliament, for years."
)
_LABELS = [
    ("Harriet Quillby", "PERSON"),
    ("Leeds", "GPE"),
    ("London", "GPE"),
    ("Manchester", "GPE"),
    ("Bristol", "GPE"),
    ("Varnello Square", "FAC"),
]


def test_a_square_whose_sentence_names_only_a_foreign_country_is_not_the_storys(
    nlp: Language,
) -> None:
    """'Varnello Square, near the Italian parliament' among English cities is not British."""
    codes = labelled_place_codes(nlp, _TEXT, _LABELS)
    assert codes.get("Varnello Square") != "GB"


#: A story mostly of American cities, one paragraph of it set in a French city.
_ABROAD = (
    "Carla Venmore runs three restaurants in Denver and one in Chicago. "
    "She grew up in Boston. "
    "Last year she opened a cafe in Lyon. It faces {place}, across from the old market."
)


def _abroad_codes(nlp: Language, place: str) -> dict[str, str | None]:
    """The place codes of `_ABROAD` with ``place`` in its last sentence."""
    labels = [
        ("Carla Venmore", "PERSON"),
        ("Denver", "GPE"),
        ("Chicago", "GPE"),
        ("Boston", "GPE"),
        ("Lyon", "GPE"),
        (place, "FAC"),
    ]
    return labelled_place_codes(nlp, _ABROAD.format(place=place), labels)


def test_a_square_takes_the_country_of_the_town_the_sentence_before_names(
    nlp: Language,
) -> None:
    """A square whose sentence names nothing is in the town the sentence before it names."""
    assert _abroad_codes(nlp, "Vaubrel Square").get("Vaubrel Square") == "FR"
