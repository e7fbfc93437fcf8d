"""Names of mines and fields read whole: "the Kelby West copper mine", "the Kelby Deep oilfield".

A mine's or a field's name often ends in a word of direction, depth or shape ("West",
"North", "Deep", "Ridge") that the model leaves out of the entity it reads, or it reads no
entity at all. After "the" or a possessive, a run of capitalised words followed by a
site's noun in small letters (and the mineral before it: "copper mine") is the site's name
(label FAC): an entity inside the run is stretched over it, and a run in no entity becomes
one when the noun names a mine or a field of oil or gas. A run of a country's name or a
people's word the model reads ("the Republican field") is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import lexicon
from generator.extract.place_within import WORKS_NOUNS

#: Nouns of a site a run in no entity names: a mine or a field of oil or gas.
_MINE_NOUNS = frozenset({"mine", "mines", "oilfield", "oilfields", "gasfield", "gasfields"})
#: Minerals written before "field" that make it an oil or gas field: "the Kelby oil field".
_FIELD_MINERALS = frozenset({"oil", "gas", "gold", "coal", "diamond"})
#: Most small words between the name and its noun ("copper", "open-pit"), and of the name.
_SMALL_WORDS, _NAME_WORDS = 2, 4
#: Words before a site's name: "the", "its", "their".
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our"})
#: Labels of an entity a run may hold: a place's, a body's, or none.
_RUN_LABELS = frozenset({"", "GPE", "LOC", "FAC", "ORG", "PERSON"})


def _run_start(doc: Doc, end: int) -> int:
    """Where the capitalised run that ends at ``end`` starts after its determiner, or -1."""
    start = end
    while (
        start > 0
        and end - start < _NAME_WORDS
        and doc[start - 1].is_title
        and doc[start - 1].is_alpha
        and not doc[start - 1].is_stop
        and doc[start - 1].ent_type_ in _RUN_LABELS
    ):
        start -= 1
    if start == end or start == 0:
        return -1
    before = doc[start - 1]
    return start if before.lower_ in _DETERMINERS or before.tag_ == "POS" else -1


def _noun_start(doc: Doc, noun: int) -> int:
    """Where the small words before a site's noun start: "copper" of "copper mine"."""
    i = noun
    while i > 0 and noun - i < _SMALL_WORDS and doc[i - 1].is_lower:
        if doc[i - 1].tag_ not in ("NN", "NNS", "JJ") or not doc[i - 1].whitespace_:
            break
        i -= 1
    return i


def works_names(spans: list[Span]) -> list[Span]:
    """The spans with each mine's or field's name read whole (module doc)."""
    if not spans:
        return spans
    doc, lex = spans[0].doc, lexicon()
    out = list(spans)
    for token in tokens_of(doc):
        if token.lower_ not in WORKS_NOUNS or token.i == 0 or not token.is_lower:
            continue
        end = _noun_start(doc, token.i)
        start = _run_start(doc, end)
        if start < 0 or lex.place(doc[start:end].text) is not None:
            continue
        inside = [s for s in out if s.start < end and start < s.end]
        if any(s.start < start or s.end > end for s in inside):
            continue  # an entity reaches past the run: the model read something else
        if inside and inside[0].start == start and inside[-1].end == end and len(inside) == 1:
            continue  # the model read the name whole already
        mineral = doc[end : token.i]
        mine = token.lower_ in _MINE_NOUNS or any(t.lower_ in _FIELD_MINERALS for t in mineral)
        if not inside and not mine:
            continue
        out = [s for s in out if s not in inside] + [Span(doc, start, end, label="FAC")]
    return sorted(out, key=lambda s: s.start)
