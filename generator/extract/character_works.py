"""The works a part is played in, named in an "in" phrase: "in the series", "in the hit film".

`character_votes` reads them: "known as Jo Ames in the series Moon River" is a part known by
its work, and "plays Nurse Hollis in the hospital drama" a part, whatever else the text says.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["PLAYED_IN", "SCREEN_WORKS", "played_in"]

#: Nouns of works a part is played in: "known as Jo Ames in the series Moon River".
PLAYED_IN = frozenset(
    {"film", "movie", "series", "show", "drama", "sitcom", "soap", "programme", "musical"}
    | {"play", "opera", "cartoon", "game", "franchise", "comedy", "thriller", "films"}
)
#: Works on screen or stage of `PLAYED_IN`: not "game" nor "play", whose "plays Tom Ames in
#: the game" is a match.
SCREEN_WORKS = PLAYED_IN - {"game", "play"}


def played_in(word: Token, works: frozenset[str] = PLAYED_IN) -> bool:
    """Whether a word has an "in" phrase whose noun is one of ``works``: "in the series",
    "in the hit film"."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(o.dep_ == "pobj" and o.lower_ in works for o in prep.children)
        for prep in word.children
    )
