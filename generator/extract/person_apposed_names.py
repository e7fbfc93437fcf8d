"""A person's name set off by commas after a noun for a person, which the model left
untagged: "Its star, Polly Grange, is nominated", "the club's coach, Harriet Quillby, said".

The model tags most names in apposition, but not every one: a name of plain words ("Grange")
after a noun it does not know as a person's goes out of its entities, and the person is
lost. Two capitalised proper nouns outside every entity, the first a listed given name of
one sex, the second in apposition (the parse's `appos`) to a noun for a person written
before them, with a comma before the name and a comma or the sentence's end after it, are a
person's name: the noun says who the name is, the given name that it is someone's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of, words_of
from generator.extract.lexicon import Lexicon
from generator.extract.referent_given_names import given_name_sex
from generator.extract.role_nouns import person_noun, singular

#: What may close a name set off after its noun: a comma, or the sentence's end.
_CLOSERS = frozenset({",", ".", ";"})


def apposed_people(doc: Doc, lex: Lexicon) -> list[Span]:
    """Every untagged given name and surname in apposition to a noun for a person (see the
    module's doc), as person spans."""
    words = words_of(doc)
    tokens = tokens_of(doc)
    out: list[Span] = []
    for comma in words.positions.get(",", ()):
        given, end = comma + 1, comma + 3
        if end >= len(doc) or words.texts[end] not in _CLOSERS:
            continue
        if given_name_sex(words.texts[given]) is None:
            continue  # the cheap test first: most commas are followed by no given name
        first, last = tokens[given], tokens[given + 1]
        if not all(_untagged_name_word(t) for t in (first, last)):
            continue
        if first.head.i != last.i or last.dep_ != "appos":
            continue
        noun = last.head
        if noun.i >= comma or noun.pos_ != "NOUN" or not names_a_person(noun, lex):
            continue
        out.append(Span(doc, given, end, label="PERSON"))
    return out


def _untagged_name_word(token: Token) -> bool:
    """A capitalised proper noun outside every entity."""
    return token.ent_iob_ == "O" and token.is_title and token.is_alpha and token.pos_ == "PROPN"


def names_a_person(noun: Token, lex: Lexicon) -> bool:
    """Whether a common noun is one for a person: "star", "director", "neighbour"."""
    lower = noun.lower_
    return lower in lex.role_words or person_noun(singular(lower) if noun.tag_ == "NNS" else lower)
