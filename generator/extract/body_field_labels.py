"""A form's field labels, no part of a name: "ISSUER: Kelby Water Board ST: KY DTD: 09/01".

Wire services send notices as a form: labels in capitals each closed by a colon, then the
field's value, all on one line once the layout is gone. The model runs a label into the
name before it ("Kelby Water Board ST", "Tarnville F.A.") or reads a label as a body of its
own ("DTD", "NIC" of "NIC DELIVERY"). In a text with several such labels, the words of a
label (capitals right before a colon, and the capitals just before them) are cut from the
end of a name, and a name of label words alone, or cut inside a word, is dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import words_of
from generator.extract.nlp import text_of

#: Fewest labels closed by a colon that make a text a form.
_FEWEST_LABELS = 3


def _capitals(token: Token) -> bool:
    """A word in capitals, dots allowed: "DTD", "F.A.", "PRE-SALE"."""
    letters = [c for c in token.text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def label_tokens(doc: Doc) -> frozenset[int]:
    """The indices of a form's label words, or none when the text has too few labels."""
    if text_of(doc).count(":") < _FEWEST_LABELS:
        return frozenset()  # most texts: no walk over their tokens
    labels: set[int] = set()
    count = 0
    for at in words_of(doc).positions.get(":", ()):  # each colon, in text order
        if at == 0:
            continue
        i = at - 1
        if not _capitals(doc[i]) or doc[i].whitespace_:
            continue
        count += 1
        while i >= 0 and _capitals(doc[i]):
            labels.add(i)
            i -= 1
    return frozenset(labels) if count >= _FEWEST_LABELS else frozenset()


def without_field_labels(spans: list[Span]) -> list[Span]:
    """The entities less the form's label words at their ends; a label alone is dropped."""
    if not spans:
        return spans
    labels = label_tokens(spans[0].doc)
    if not labels:
        return spans
    out: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        while end > start and end - 1 in labels:
            end -= 1
        while start < end and start in labels:
            start += 1
        if start == span.start and end == span.end:
            out.append(span)
        elif end > start and span.doc[end - 1].whitespace_:  # no cut inside "K-SHEETS"
            out.append(Span(span.doc, start, end, label=span.label_))
    return out
