"""Places whose names hold a small word in lower case between capitalised ones: "Rio
Grande do Sul", "Caxias do Sul", "Norte de Santander", "Reggio di Calabria".

Portuguese, Spanish, Italian and French place names join their words with "do", "de",
"di", "del" and the like; the model reads the words before the small word as the place,
or a person ("Caxias"), and leaves the rest out. A run of capitalised words with such a
word inside is one place when the gazetteer knows the whole run; the model's spans inside
it give way, and nothing is done where one of them runs on past it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doc_words import tokens_in, tokens_of, words_of
from generator.extract.gazetteer import gazetteer
from generator.extract.span_ranges import inside_and_crossing, replaced_by

#: Small words inside a Romance place name: "do Sul", "de Santander", "das Neves".
PARTICLES = frozenset(
    {"do", "da", "dos", "das", "de", "del", "della", "di", "du", "des", "la", "las", "los"}
)
#: Most words of such a name: "Santa Cruz de la Sierra".
_MOST_WORDS = 6


def particle_places(spans: list[Span]) -> list[Span]:
    """``spans`` with each such place (see the module) as one GPE span in place of the
    model's pieces inside it."""
    if not spans:
        return spans
    doc = spans[0].doc
    for start, end in _particle_names(doc):
        inside, crossing = inside_and_crossing(spans, start, end)
        if crossing or any(s.start == start and s.end == end for s in inside):
            continue
        spans = replaced_by(spans, [Span(doc, start, end, label="GPE")])
    return spans


def _particle_names(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each longest run of capitalised words with a small word inside
    that the gazetteer knows as a place."""
    found: list[tuple[int, int]] = []
    tokens = tokens_of(doc)
    # A run that `_shaped` passes holds a small word in lower case (so written as its
    # `PARTICLES` entry) after its first word and within `_MOST_WORDS` of it: only a word
    # up to that far before one may open a run, and most words are none such.
    positions = words_of(doc).positions
    smalls = [at for word in PARTICLES for at in positions.get(word, ())]
    if not smalls:
        return found
    near = {at for s in smalls for at in range(max(0, s - _MOST_WORDS + 1), s)}
    free = 0  # the first word after the last run found
    for i in sorted(near):
        if i < free or not _capital(doc, i) or (i > 0 and _capital(doc, i - 1)):
            continue
        for end in range(min(len(tokens), i + _MOST_WORDS), i + 2, -1):
            words = doc[i:end]
            if _shaped(words) and gazetteer().lookup(words.text) is not None:
                found.append((i, end))
                free = end
                break
    return found


def _capital(doc: Doc, i: int) -> bool:
    token = tokens_of(doc)[i]
    return token.is_alpha and token.is_title


def _shaped(words: Span) -> bool:
    """Capitalised words and small words, one small word at least, capitalised at both ends,
    and no capitalised word right after the run."""
    doc = words.doc
    tokens = tokens_in(words)
    if not (tokens[0].is_title and tokens[-1].is_title):
        return False
    if words.end < len(doc) and _capital(doc, words.end):
        return False
    small = [t for t in tokens if t.lower_ in PARTICLES and t.is_lower]
    return bool(small) and all(
        t.is_lower or (t.is_title and t.is_alpha) for t in tokens if t not in small
    )
