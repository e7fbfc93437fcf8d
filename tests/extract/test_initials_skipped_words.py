"""One set of small words that every reader of a name's initials leaves out."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.body_forms import short_of
from generator.extract.entities import ORG, extract_entities
from generator.extract.lexicon import initials
from tests.extract.conftest import labelled


def _bodies(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, list[str]]:
    found = extract_entities(labelled(nlp, text, labels))
    return {e.name: [m.text for m in e.mentions] for e in found if e.kind == ORG}


def test_to_is_left_out_of_initials() -> None:
    """ "League for Kindness to Pit Ponies" is "LKPP": "to" spells no letter."""
    assert initials(["League", "for", "Kindness", "to", "Pit", "Ponies"]) == "LKPP"


def test_initials_with_to_are_the_named_body(nlp: Language) -> None:
    """ "LKPP" where the story names the League for Kindness to Pit Ponies is that league."""
    text = (
        "The League for Kindness to Pit Ponies opened a stable in Dornwick. "
        "A spokesman for LKPP said twelve ponies were housed there."
    )
    labels = [("League for Kindness to Pit Ponies", "ORG"), ("Dornwick", "GPE"), ("LKPP", "ORG")]
    bodies = _bodies(nlp, text, labels)
    assert bodies.get("League for Kindness to Pit Ponies") == [
        "League for Kindness to Pit Ponies",
        "LKPP",
    ]


def test_untagged_name_with_on_spells_the_initials(nlp: Language) -> None:
    """ "Panel on Moorland Fires" untagged spells the "PMF" read elsewhere: "on" is skipped."""
    text = "PMF met in March. Panel on Moorland Fires, which has nine members, wants more wardens."
    bodies = _bodies(nlp, text, [("PMF", "ORG"), ("March", "DATE")])
    assert "Panel on Moorland Fires" in bodies


def test_a_short_form_cannot_drop_a_skipped_word_after_its_initials() -> None:
    """ "GB Tarnland" drops the "for" of "Grain Board for Tarnland" as it would an "of"."""
    assert not short_of("GB Tarnland", "Grain Board of Tarnland")
    assert not short_of("GB Tarnland", "Grain Board for Tarnland")
    assert short_of("GB for Tarnland", "Grain Board for Tarnland")
