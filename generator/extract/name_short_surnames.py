"""A short surname the tagger read as a word of another kind, which the model left out of a
person's name: "star Tessa Oh for two years" tagged "Tessa" alone, "Oh" read as an
interjection. The parse still makes the given name a compound of the surname; `person_joins`
adds the word to the name when this says so."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import lexicon
from generator.extract.referent_given_names import given_name_sex

__all__ = ["misread_short_surname"]

#: Tags of a short surname the tagger read as a word of another kind: "Oh" an interjection,
#: "So" an adverb, "Do" a verb; nouns are left out ("Tessa Street" may be a road).
_MISREAD_SURNAME_TAGS = frozenset({"UH", "RB", "IN", "VB", "VBP", "DT", "CC"})


def misread_short_surname(person: Span) -> bool:
    """Whether the capitalised word after a one-word person's name is its surname, read as
    another kind of word: the name a common given name of one sex that the parse makes a
    compound of that word, the word in no entity, no title, and no capitalised word after it
    ("star Tessa Oh for two years")."""
    doc, end = person.doc, person.end
    if len(person) != 1 or end >= len(doc) or given_name_sex(person.text) is None:
        return False
    word = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    return (
        person[0].dep_ == "compound"
        and person[0].head.i == end
        and bool(person[0].whitespace_)
        and word.ent_iob_ == "O"
        and word.tag_ in _MISREAD_SURNAME_TAGS
        and word.is_title
        and word.is_alpha
        and not word.is_sent_start
        and word.lower_ not in lexicon().role_words
        and not (after is not None and after.is_title)
    )
