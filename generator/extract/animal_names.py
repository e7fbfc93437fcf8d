"""Names the text gives to animals in ways `predicate_votes` does not read alone.

A description set off after a name whose last noun is an animal's or a breed's
("Biscuit, a brown spaniel cross,"), and a kind of animal written before another
occurrence of the name that the model did not read as a name ("Greyhound Swift
Kite won ... Swift Kite is owned by"). General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.doc_words import kept_per_doc, tokens_of
from generator.extract.lexicon import animal_kinds, animal_noun, cues, lexicon, occupations
from generator.extract.lexicon import people_nouns as _people_nouns
from generator.extract.mentions import Mention

#: Last nouns of a description of a dog of mixed breed: "a spaniel cross", "a collie mix".
BREED_WORDS = frozenset({"cross", "mix", "crossbreed", "breed", "pup", "puppy"})
#: Words that open a description set off after a name: "Biscuit, a brown spaniel".
_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "our", "my"})
#: Tokens a description's noun phrase may hold: articles, adjectives, nouns, hyphens.
_PHRASE_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "HYPH", "VBN"})
_PHRASE_TAGS |= {"CD", "VBG", "RB"}
#: Words that may close the phrase: "Biscuit, a spaniel cross, was", "a spaniel who".
_PHRASE_ENDS = frozenset({",", ".", ";", ":", ")", "who", "which", "that", "and", "in"})
_PHRASE_ENDS |= {"with", "from", "of", "was", "is", "has", "had"}
#: Longest description read, in tokens.
_MOST_WORDS = 10


def _animal_word(token: Token) -> bool:
    """A lower-case animal's noun, singular or plural, in any case of a breed's name
    written with hyphens ("Labrador-curly-coated retriever")."""
    return token.text[:1].islower() and animal_noun(token.lower_)


def _person_noun(token: Token) -> bool:
    word = token.lower_
    return (
        word in lexicon().role_words
        or word in occupations()
        or word in _people_nouns()
        or word in cues().person_nouns
    )


def described_as_animal(mention: Mention) -> bool:
    """ "Biscuit, a brown spaniel cross," : a description set off after the name whose last
    noun is an animal's, or a breed's word after an animal's; not "Jo Ames, a horse trainer,"
    (a person's noun ends it) nor "the dog's owner" (a possessive)."""
    doc, start = mention.span.doc, mention.span.end + 1
    if start >= len(doc) or doc[start - 1].text != "," or doc[start].lower_ not in _OPENERS:
        return False
    end = start + 1
    while end < min(start + _MOST_WORDS, len(doc)) and doc[end].tag_ in _PHRASE_TAGS:
        end += 1
    if end >= len(doc) or doc[end].lower_ not in _PHRASE_ENDS:
        return False
    nouns = [t for t in doc[start + 1 : end] if t.pos_ in ("NOUN", "PROPN") and t.is_alpha]
    if not nouns or _person_noun(nouns[-1]):
        return False
    last = nouns[-1]
    if _animal_word(last):
        return True
    # "a spaniel cross", "a bully breed mix": a breed's word after an animal's or another
    return last.lower_ in BREED_WORDS and any(
        _animal_word(t) or t.lower_ in BREED_WORDS for t in nouns[:-1]
    )


def _after_animal_kinds(doc: Doc) -> list[int]:
    """Where a word stands right after a capitalised kind of animal no one is named
    ("Greyhound", not "Wolf"), found once per document."""
    return kept_per_doc(doc, "animal_names.after_kinds", _read_after_animal_kinds)


def _read_after_animal_kinds(doc: Doc) -> list[int]:
    kinds = animal_kinds()
    return [t.i + 1 for t in tokens_of(doc)[:-1] if t.is_title and t.lower_ in kinds]


def animal_before_elsewhere(mention: Mention) -> bool:
    """ "Greyhound Swift Kite won ... Swift Kite is owned by": a capitalised kind of animal
    no one is named ("Greyhound", not "Wolf") before this mention or the same words
    elsewhere, where the model may have read no name."""
    span = mention.span
    starts = _after_animal_kinds(span.doc)
    if not starts:
        return False
    words = [t.text for t in span]
    return any([t.text for t in span.doc[i : i + len(words)]] == words for i in starts)
