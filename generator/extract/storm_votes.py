"""Evidence that a one-word name is a storm's: "Hurricane Ivy ... as Ivy moved north".

A storm's word before a name ("Hurricane Ivy", "Tropical Storm Ivy", "hurricanes Ivy and
Bran") names a storm, and `work_votes` reads that writing as an event. The storm's name
written alone elsewhere is the same storm, though the model reads it as a person's and
verbs of killing follow it ("Ivy killed 20 people"). A name that a person's full name of
the text also holds ("Tom Ivy") is left alone. General words only.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.doc_words import words_of
from generator.extract.mentions import Mention

#: Words that name a storm with the name after them; the plurals head a list.
_STORMS = frozenset({"hurricane", "typhoon", "cyclone", "storm"})
_PLURALS = frozenset(word + "s" for word in _STORMS)


def storm_votes(mentions: list[Mention]) -> None:
    """Every mention of storms' names alone is a thing (see the module's doc)."""
    if not mentions:
        return
    doc = mentions[0].span.doc
    storms = _storm_names(doc)
    # Most texts name no storm: then nothing is read of the model's people (`doc.ents`
    # makes every entity anew) nor of any mention.
    if not storms:
        return
    names = storms - _people_words(doc)
    for mention in mentions:
        words = [t.text for t in mention.span if t.is_alpha and t.lower_ != "and"]
        if not mention.fixed and words and all(word in names for word in words):
            mention.named_thing = True  # "Hurricane Ivy ... Ivy killed"; "Ivy and Bran": no one


def _storm_names(doc: Doc) -> set[str]:
    """The one-word names written right after a storm's word: "Hurricane Ivy", "hurricanes
    Ivy, Bran and Cole"; not "storm Tom Vell predicted", two capitalised words."""
    names: set[str] = set()
    for at, lower in enumerate(words_of(doc).lowers):
        if lower not in _STORMS and lower not in _PLURALS:
            continue
        i = at + 1
        while _one_word_name(doc, i):
            names.add(doc[i].text)
            if lower not in _PLURALS:
                break
            i += 1
            while i < len(doc) and doc[i].lower_ in (",", "and"):
                i += 1
    return names


def _one_word_name(doc: Doc, i: int) -> bool:
    """Whether a capitalised word stands at ``i`` with no capitalised word after it."""
    if i >= len(doc) or not (doc[i].is_alpha and doc[i].is_title):
        return False
    follower = doc[i + 1] if i + 1 < len(doc) else None
    return follower is None or not (follower.is_alpha and follower.is_title)


def _people_words(doc: Doc) -> set[str]:
    """The words of the model's people of several words, but a storm's own ("Hurricane Ivy"
    read as a person): "Tom Ivy" keeps "Ivy" a surname."""
    return {
        t.text
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[0].lower_ not in _STORMS
        for t in ent
    }
