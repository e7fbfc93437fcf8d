"""Towns whose names are written with hyphens and a small linking word: "Tarnley-on-Sea",
"Kelby-le-Marsh", "Aix-en-Provence".

The tokenizer splits such a name at its hyphens and the model reads only its first word
as a place ("Tarnley"), or nothing. The whole hyphened word is the place when the
gazetteer knows it, or when the model read its first word as a place and the words after
the hyphens are a linking word ("on", "le", "upon") and a capitalised word, as these
towns' names are built.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doc_words import tokens_of
from generator.extract.gazetteer import gazetteer
from generator.extract.hyphens import closed_hyphen
from generator.extract.span_ranges import inside_and_crossing, replaced_by

#: Linking words inside a town's hyphened name: "-on-Sea", "-upon-Avon", "-le-Street".
_LINKS = frozenset(
    {"on", "upon", "under", "in", "by", "le", "la", "les", "en", "sur", "sous", "de", "am"}
    | {"super", "cum", "del", "di", "im", "an", "der"}
)
#: Labels of the model's places.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Most words (hyphens apart) of a town's hyphened name: "Chapel-en-le-Frith".
_MOST_WORDS = 5


def hyphened_towns(spans: list[Span]) -> list[Span]:
    """``spans`` with each town's hyphened name (see the module) as one GPE span in place
    of the model's pieces inside it."""
    if not spans:
        return spans
    doc = spans[0].doc
    for start, end in _hyphened_names(doc):
        inside, crossing = inside_and_crossing(spans, start, end)
        if crossing or any(s.start == start and s.end == end for s in inside):
            continue
        known = gazetteer().lookup(doc[start:end].text) is not None
        first_placed = any(s.start == start and s.label_ in _PLACE_LABELS for s in inside)
        if not (known or (first_placed and _built_as_town(doc, start, end))):
            continue
        town = Span(doc, start, end, label="GPE")
        spans = replaced_by(spans, [town])
    return spans


def _hyphened_names(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each capitalised word joined by closed hyphens to a linking word
    and more words: "Tarnley" "-" "on" "-" "Sea"."""
    found: list[tuple[int, int]] = []
    tokens = tokens_of(doc)
    i = 0
    while i < len(tokens):
        word = tokens[i]
        if not (word.is_title and word.is_alpha) or (i > 0 and closed_hyphen(tokens[i - 1])):
            i += 1
            continue
        end, words = i + 1, 1
        while (
            end + 1 < len(tokens)
            and words < _MOST_WORDS
            and closed_hyphen(tokens[end])
            and tokens[end + 1].is_alpha
        ):
            end += 2
            words += 1
        if words >= 3 and any(tokens[k].lower_ in _LINKS for k in range(i + 2, end, 2)):
            found.append((i, end))
        i = max(end, i + 1)
    return found


def _built_as_town(doc: Doc, start: int, end: int) -> bool:
    """Whether the words after the first are linking words and capitalised words, the last
    one capitalised: "-le-Marsh", "-en-le-Frith"; not "Tarnley-based" or "Kelby-to-London"."""
    words = [doc[k] for k in range(start + 2, end, 2)]
    return (
        words[-1].is_title
        and all(w.lower_ in _LINKS or w.is_title for w in words)
        and any(w.lower_ in _LINKS for w in words)
    )


def town_shaped(name: str) -> bool:
    """Whether a name is built as a hyphened town's: "Tarnley-on-Sea", "Kelby-le-Marsh"."""
    parts = name.split("-")
    return (
        len(parts) >= 3
        and parts[0].istitle()
        and parts[-1].istitle()
        and all(p.isalpha() for p in parts)
        and any(p in _LINKS for p in parts[1:-1])
    )
