"""'Dana Orrin's Felix', one span of the model's, names two people: the owner and the held."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from generator.extract.person_possessed import split_possessed


def _doc(words: list[str], ents: list[str]) -> Doc:
    """A doc of ``words`` with the model's entity tags ``ents``, a space after each word but
    before a possessive and the closing stop."""
    spaces = [words[i + 1] not in ("'s", ".") for i in range(len(words) - 1)] + [False]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents)


def test_actor_and_character_given_name_are_two_people() -> None:
    """'Critics praised Dana Orrin's Felix': Dana Orrin and Felix, each a person."""
    doc = _doc(
        ["Critics", "praised", "Dana", "Orrin", "'s", "Felix", "."],
        ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
    )
    parts = split_possessed(doc.ents[0])
    assert [(p.text, p.label_) for p in parts] == [("Dana Orrin", "PERSON"), ("Felix", "PERSON")]


def test_held_name_the_model_tags_alone_elsewhere() -> None:
    """'Tam Velder's Brisk ... Brisk left': a held name of no table, tagged alone later."""
    doc = _doc(
        ["Fans", "love", "Tam", "Velder", "'s", "Brisk", "and", "Brisk", "left", "."],
        ["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "B-PERSON", "O", "O"],
    )
    parts = split_possessed(doc.ents[0])
    assert [p.text for p in parts] == ["Tam Velder", "Brisk"]
