"""A name after a courtesy title that the model cut in two: "Hojatoleslam Karim" + "Tabrizi"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities


def _people(nlp: Language, text: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in extract_entities(nlp(text)) if e.kind == PERSON}


def test_the_name_after_a_cleric_title_is_one_person(nlp: Language) -> None:
    """The words the model left after the titled span belong to that person's name."""
    text = (
        "Hojatoleslam Karim Mahdavi Tabrizi opened a seminary library in the city on Monday."
        " Tabrizi said it would stay open at night."
    )
    assert _people(nlp, text) == {"Karim Mahdavi Tabrizi": ["Tabrizi"]}
