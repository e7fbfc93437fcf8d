"""The words of a name outside its quote marks: a nickname inside a person's name ("Kel 'The
Hammer' Voss") is none of the name's own words, so its "The" or "and" joins no body's words.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Quote marks, straight and curly, that set off a nickname inside a name.
QUOTE_MARKS = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})


def unquoted(words: tuple[Token, ...]) -> list[Token]:
    """The words outside quote marks, in order, the marks left out: "Kel", "Voss" of "Kel
    'The Hammer' Voss"."""
    out, quoted = [], False
    for word in words:
        quoted = quoted != (word.text in QUOTE_MARKS)
        if not quoted and word.text not in QUOTE_MARKS:
            out.append(word)
    return out
