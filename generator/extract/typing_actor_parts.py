"""Whether the one who plays a name is an actor: "Actor Tom Ames ... Ames will play Dr Jo
Vell". A name "played" is as often a rival at a game as a part, so a part needs its story
told in the same sentence; but when the text itself calls the player an actor, what the actor
plays is a part, told anywhere in the text ("the hospital drama ... will play Dr Jo Vell, a
surgeon").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.doc_words import kept_per_doc
from generator.extract.referent_given_names import given_name_sex

__all__ = ["named_person", "played_by_an_actor"]

#: Nouns the text calls an actor by.
_ACTOR_NOUNS = frozenset({"actor", "actress", "actors", "actresses"})
_ACTORS_KEY = "typing_actor_parts.actors"


def _actors(doc: Doc) -> frozenset[str]:
    """The last words of the names the text calls actors: "Actor Tom Ames", "the actress Jo
    Vell", "Tom Ames, an actor," (each read once per document)."""
    return kept_per_doc(doc, _ACTORS_KEY, _read_actors)


def _read_actors(doc: Doc) -> frozenset[str]:
    words = set()
    for token in doc:
        if token.lower_ not in _ACTOR_NOUNS:
            continue
        if token.dep_ in ("compound", "appos") and token.head.pos_ == "PROPN":
            words.add(token.head.text)  # "Actor Tom Ames", "Tom Ames, an actor,"
        words.update(c.text for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN")
    return frozenset(words)


def played_by_an_actor(verb: Token) -> bool:
    """Whether the subject of "play" (or of the "is to" or "will" it hangs on) is a name the
    text calls an actor elsewhere: "Ames will play Dr Jo Vell" after "Actor Tom Ames"."""
    if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    actors = _actors(verb.doc)
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.text in actors for c in verb.children)


def named_person(noun: Token) -> bool:
    """Whether a word is of a person's name: the model's person, or a name opening with a given
    name the model read as something else ("played by Dean Carver" read as a body)."""
    first = noun.doc[noun.left_edge.i]
    return noun.ent_type_ == "PERSON" or (
        noun.pos_ == "PROPN" and given_name_sex(first.text) is not None
    )
