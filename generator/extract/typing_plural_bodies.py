"""Names of departments and services: common words ending in a plural common noun.

"Housing Standards", "Parking Services", "Shareholder Relations", "Student Affairs" are
capitalised common words whose last one is the plural of a common noun: a body's name,
not a person's, whatever "she said" follows it. Surnames that are plural nouns ("Banks",
"Mills", "Fields") follow a given name, which is no common word of this kind, or the
model reads the whole as a person's name ("Sam Fields"); either keeps the name a
person's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.nlp import adjectives, common_noun_plural, common_nouns, verb_lemmas
from generator.extract.referent_given_names import given_name_sex

#: Endings of a singular noun that only look plural: "Bliss", "Venus", "Praxis".
_SINGULAR_ENDINGS = ("ss", "us", "is")


def plural_noun_body(span: Span) -> bool:
    """Whether a name of two or three capitalised words is common words before the plural
    of a common noun, with no given name among them and no token the model reads as part
    of a person's name: "Housing Standards", "Customer Relations"; not "Tom Mills", nor
    "Sam Fields" where the model says person."""
    if len(span) not in (2, 3) or any(t.ent_type_ == "PERSON" for t in span):
        return False
    if not all(t.is_alpha and t.is_title for t in span):
        return False
    return _common_plural(span[-1]) and all(_common_word(t) for t in span[:-1])


def _common_plural(token: Token) -> bool:
    """Whether a word is the plural of a common noun: "Standards", "Services"; not "Bliss"."""
    word = token.lower_
    if not word.endswith("s") or word.endswith(_SINGULAR_ENDINGS):
        return False
    return common_noun_plural(word)


def _common_word(token: Token) -> bool:
    """Whether a word is a common adjective, noun or verb form and no given name of one sex:
    "Parking", "Shareholder", "Student"; not "Harvey"."""
    if given_name_sex(token.text) is not None:
        return False
    word = token.lower_
    if word in adjectives() or word in common_nouns():
        return True
    stem = word[:-3]
    stems = (stem, stem + "e", stem[:-1])  # "parking", "licensing", "planning"
    return word.endswith("ing") and any(verb in verb_lemmas() for verb in stems)


#: Plural endings of firms named after their founders, which no surname is: "Hale Brothers".
_PARTNERSHIP_WORDS = frozenset({"brothers", "bros", "sons", "partners", "associates"})


def surname_after_given_name(span: Span) -> bool:
    """Whether a name the model reads as a person's is a given name of one sex and one plural
    word that may be a surname: "Tom Mills", "Ella Banks"; not "Tom Hale Brothers" nor "Hale
    Brothers", whose last word only a partnership ends in."""
    person = span.label_ == "PERSON" or all(t.ent_type_ == "PERSON" for t in span)
    if len(span) != 2 or not person or given_name_sex(span[0].text) is None:
        return False
    last = span[-1]
    return last.is_title and last.lower_.endswith("s") and last.lower_ not in _PARTNERSHIP_WORDS
