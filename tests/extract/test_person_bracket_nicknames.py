"""A familiar name in brackets inside a person's name: "Harald (Hal) Brekkestad"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON, extract_entities


def _kinds(nlp: Language, text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.kind, e.aliases) for e in extract_entities(nlp(text))}


def test_a_bracketed_nickname_keeps_the_name_whole(nlp: Language) -> None:
    """The given name, the bracketed nickname and the surname are one person, not two."""
    text = (
        "The trawler owner Harald (Hal) Brekkestad, a friend of the mayor, died in custody"
        " on Tuesday. Brekkestad had been held since May, police said."
    )
    kinds = _kinds(nlp, text)
    assert kinds["Harald (Hal) Brekkestad"] == (PERSON, ["Brekkestad"])
    assert (ORG, []) not in kinds.values()


def test_a_bracketed_country_parts_two_people(nlp: Language) -> None:
    """A country in brackets after a name is where that person is from, not a nickname."""
    text = "Among the judges sat Ole Brandtvik (Norway) Kari Holm, a former skater herself."
    people = [name for name, (kind, _) in _kinds(nlp, text).items() if kind == PERSON]
    assert not any("(" in name for name in people)


def test_a_full_name_after_the_brackets_is_another_person(nlp: Language) -> None:
    """A given name and a surname after the brackets are someone else's name, not a surname."""
    text = "The prize went to Ingrid Vasshus (Left) Tomas Lykkeberg, who shared it on Sunday."
    people = [name for name, (kind, _) in _kinds(nlp, text).items() if kind == PERSON]
    assert not any("(" in name for name in people)
