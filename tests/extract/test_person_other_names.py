"""A name a person goes by, written right after their name, is that person too."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities


def _people(nlp: Language, text: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in extract_entities(nlp(text)) if e.kind == PERSON}


def test_a_real_name_after_a_name_is_an_alias(nlp: Language) -> None:
    """ "Tara Bell, real name Tamara Belinsky," is one person, named as first written."""
    text = "Her rival Tara Bell, real name Tamara Belinsky, won the vote in Dunmere."
    assert _people(nlp, text) == {"Tara Bell": ["Tamara Belinsky"]}


def test_also_known_as_joins_the_later_mentions_too(nlp: Language) -> None:
    """ "Ivo Marek, also known as Gregor Stahl" and a later "Stahl" are one person."""
    text = (
        "The smuggling ring was run by Ivo Marek, also known as Gregor Stahl, for a decade."
        " Gregor Stahl was arrested in Corvale last week."
    )
    assert list(_people(nlp, text)) == ["Ivo Marek"]
