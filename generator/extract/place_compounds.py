"""A place written only inside a hyphened modifier ("the Kelby-based firm", "a
Kelby-curly-coated dog") is no place of the story: the words describe the firm, as a
nationality would, and the news tags such a word as a modifier, not as a place. A place
written once on its own ("offices in Kelby") is a place, whatever its other writings."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.mentions import closed_hyphen

#: Participles a place's name is joined to by a hyphen to describe something else:
#: "Kelby-based", "Kelby-born", "Kelby-backed", "Kelby-registered" ("-ed" words all count).
_IRREGULAR = frozenset({"born", "run", "made", "built", "bound", "grown", "held", "led"})


#: Most lower-case words a hyphened modifier runs on over before its participle:
#: "Kelby-curly-coated" has one.
_MOST_BETWEEN = 2


def in_modifier(doc: Doc, start: int, end: int) -> bool:
    """Whether the words at start..end are joined by closed hyphens to a participle after
    them, perhaps over a lower-case word or two: "Kelby-based", "Kelby-backed", "a
    Kelby-curly-coated dog"."""
    at = end
    for _ in range(_MOST_BETWEEN + 1):
        if at >= len(doc) - 1 or not closed_hyphen(doc, at) or not doc[at + 1].is_lower:
            return False
        word = doc[at + 1]
        if word.lower_.endswith("ed") or word.lower_ in _IRREGULAR:
            return True
        at += 2
    return False


def only_in_modifiers(span: Span) -> bool:
    """Whether every writing of the span's words in its document, in any case ("LYON" of a
    dateline too), is `in_modifier`. The span's own writing is asked first: the search of the
    whole document is for the few that are."""
    doc = span.doc
    if not in_modifier(doc, span.start, span.end):
        return False
    words = [t.lower_ for t in span]
    texts = [t.lower_ for t in doc]
    size = len(words)
    found = [i for i in range(len(texts) - size + 1) if texts[i : i + size] == words]
    return all(in_modifier(doc, i, i + size) for i in found)
