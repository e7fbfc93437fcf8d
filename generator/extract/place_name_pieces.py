"""One-word "places" that are only ever a piece of a longer capitalised name.

The model labels a word of a longer name a place on its own: "at Quarnford College",
"from Quarnford Tourism", "the Tarnic Games", "in Wexley Town", "broker Penhallow
Gordon", "the Tarn-Wexley Trust". A word the gazetteer does not know, every mention of
which runs straight on into another capitalised name word (a hyphen between or not) or
follows one, names no place by itself: whatever the longer name is, the word alone is not it,
though a preposition stands before it ("at Quarnford"). A known place ("Leeds Crown
Court") is left to the gazetteer.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from generator.extract.doc_words import token_at
from generator.extract.hyphens import HYPHENS
from generator.extract.mentions import Mention


def _name_word(token: Token | None) -> bool:
    """A capitalised proper noun that may go on a name: "College", "Tourism"."""
    return token is not None and token.is_title and token.is_alpha and token.pos_ == "PROPN"


#: Most letters of a lower-case word hyphened inside a name: "a", "en", "sur", "upon".
_PARTICLE_LETTERS = 4


def _joined_particle(doc: Doc, at: int) -> bool:
    """Whether the token at ``at`` is a short lower-case word closed by a hyphen on to a
    name word: the "a-Marra" of "Kel-a-Marra", the "en-Vell" of "Port-en-Vell"."""
    word, hyphen = token_at(doc, at), token_at(doc, at + 1)
    return (
        word is not None
        and hyphen is not None
        and word.is_lower
        and word.is_alpha
        and len(word) <= _PARTICLE_LETTERS
        and not word.whitespace_
        and hyphen.text in HYPHENS
        and not hyphen.whitespace_
        and _name_word(token_at(doc, at + 2))
    )


def _piece_of_longer_name(mention: Mention) -> bool:
    """Whether one mention runs on into, or follows, another word of a longer name."""
    span = mention.span
    doc = span.doc
    after, before = token_at(doc, span.end), token_at(doc, span.start - 1)
    if after is not None and not span[-1].whitespace_ and after.text in HYPHENS:
        # "Tarn-Wexley Trust"; a lower-case word after the hyphen makes a place's
        # adjective ("Kelby-based", "Kelby-born"), which keeps the place, unless another
        # hyphen joins it on to a name word: "Kel-a-Marra", "Port-en-Vell"
        return not after.whitespace_ and (
            _name_word(token_at(doc, span.end + 1)) or _joined_particle(doc, span.end + 1)
        )
    if _name_word(after) and span[-1].whitespace_:
        return True  # "Quarnford College", "Wexley Town"
    return (
        before is not None
        and _name_word(before)
        and bool(before.whitespace_)
        and not before.is_sent_start
    )  # "Penhallow Gordon"


def name_pieces(places: Iterable[tuple[str, Mention]]) -> set[str]:
    """The normalised one-word names of ``places`` (key, mention) that no table knows and
    that every mention writes inside a longer name (see module)."""
    by_key: dict[str, list[Mention]] = {}
    for key, mention in places:
        by_key.setdefault(key, []).append(mention)
    return {
        key
        for key, found in by_key.items()
        if " " not in key
        and all(m.place is None and len(m.span) == 1 for m in found)
        and all(_piece_of_longer_name(m) for m in found)
    }
