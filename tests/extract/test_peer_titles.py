"""A peer the story names only by title and one name is known by the title and the name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities


def _people(nlp: Language, text: str) -> dict[str, list[str]]:
    """Name -> aliases of the people ``text`` names."""
    return {e.name: e.aliases for e in extract_entities(nlp(text)) if e.kind == PERSON}


def test_peer_named_by_title_and_surname_keeps_the_title(nlp: Language) -> None:
    """'Lib Dem Lord Tarrow accused ...': the person is 'Lord Tarrow', with 'Tarrow' an alias."""
    people = _people(
        nlp,
        "Lib Dem Lord Tarrow accused the ferry board of wasting a decade. "
        "Tarrow told peers the new jetty would never pay for itself.",
    )
    assert people.get("Lord Tarrow") == ["Tarrow"]


def test_baroness_keeps_her_title_and_a_knight_his_full_name(nlp: Language) -> None:
    """'Baroness Quell' alone is named with her title; 'Sir Odo Fenner', given in full, is not."""
    people = _people(
        nlp,
        "Labour's Baroness Quell said the orchard levy was unfair. Sir Odo Fenner, who "
        "chairs the growers' panel, disagreed. Later Sir Odo said the levy would stay.",
    )
    assert "Baroness Quell" in people
    assert "Odo Fenner" in people and "Sir Odo Fenner" not in people


def test_peer_of_a_place_is_named_by_title(nlp: Language) -> None:
    """'Lord Tarrow of Kelby' is still 'Lord Tarrow'."""
    people = _people(
        nlp,
        "Lord Tarrow of Kelby said the harbour plan was late. Lord Tarrow added that "
        "the council had been warned twice.",
    )
    assert "Lord Tarrow" in people
