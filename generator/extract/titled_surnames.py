"""A title before a surname the story gives a person in full: that person, whatever the
model's label ("the email from Dr Vell" read as a body beside "Dr Ulla Vell")."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.lexicon import Lexicon


def titled_surname(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Whether ``doc[start:end]`` is a title and one capitalised word that ends the name of a
    person the model found elsewhere in the document: "Dr Vell" after "Ulla Vell", not
    "Dr Kettle" of a drink no person of the story is named after."""
    if end - start != 2 or doc[start].lower_ not in lex.honorifics:
        return False
    word = doc[end - 1]
    if not word.is_title or not word.is_alpha:
        return False
    return any(
        ent.label_ == "PERSON"
        and len(ent) > 1
        and ent[-1].text == word.text
        and ent[0].lower_ not in lex.honorifics
        and ent.start != start
        for ent in doc.ents
    )
