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
