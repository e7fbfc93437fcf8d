"""What the subject of a verb of saying is made of: a speaking noun a body owns ("the
union's spokesman", "its spokeswoman"), or a capitalised word written as a name.

`speakers` reads the quote as the owning body's, or looks the name up among the people."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.speech import definite, words

__all__ = ["its_owner", "owning_body_noun", "written_as_name"]


def owning_body_noun(noun: Token) -> Token | None:
    """The definite organization noun that owns a noun ("the union's spokesman", "the
    firm's website"), or None."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in words().organization_nouns and definite(child):
            return child
    return None


def its_owner(noun: Token) -> Token | None:
    """The "its" that owns a spokesman ("its spokeswoman said"), or None."""
    if noun.lower_ not in words().spokes_nouns:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "its"), None)


def written_as_name(token: Token) -> bool:
    """A capitalised word the tagger took for a name, or for anything but a pronoun or
    determiner when it does not start its sentence ("'...,' Dally said" read as an adverb)."""
    if not token.text[:1].isupper():
        return False
    if token.pos_ == "PROPN":
        return True
    return token.is_alpha and not token.is_sent_start and token.pos_ not in ("PRON", "DET")
