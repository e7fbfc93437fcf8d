"""A firm's name that goes on with "of", a place and its company form: "Copper Reach of
Kelbia Ltd", "Tarn Copper Corp of Kelbia Ltd".

The model cuts such a name at "of" and reads the words before it as a body, an ordinal
("First of Kelbia Corp") or, when they are common words, a person ("Copper Reach"), leaving
the rest in no entity, a place or a body of its own.
A company's form ending the capitalised run after "of" says the whole run is one firm's
name: people are "of" a firm, so a person's name before "of" stays a person unless its
words are all English common words, which no one is called.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.name_spans import CORPORATE
from generator.extract.nlp import adjectives, common_nouns

#: Labels of the model the words after "of" may carry: none, a place's or a body's.
_AFTER_LABELS = frozenset({"", "GPE", "LOC", "ORG"})
#: Most capitalised words after "of", the company's form included.
_MOST_WORDS = 5


def _form_end(doc: Doc, of: int) -> int | None:
    """The end of the capitalised run after ``of`` when a company's form ends it, or None."""
    end = of + 1
    while (
        end < len(doc)
        and end - of <= _MOST_WORDS
        and doc[end].text[:1].isupper()
        and doc[end].ent_type_ in _AFTER_LABELS
    ):
        end += 1
        if doc[end - 1].lower_.rstrip(".") in CORPORATE:
            following = doc[end] if end < len(doc) else None
            if following is None or not following.text[:1].isupper():
                return end
    return None


def _common_words(span: Span) -> bool:
    """Whether every word of a name is an English common noun or adjective ("Copper Reach")."""
    words = common_nouns() | adjectives()
    return all(t.lower_ in words or t.lower_.rstrip("s") in words for t in span)


def firm_complements(spans: list[Span]) -> list[Span]:
    """The entities with each firm's name cut at "of" before a company's form made whole."""
    out: list[Span] = []
    skip_to = -1
    for index, span in enumerate(spans):
        if span.start < skip_to:
            continue
        doc, of = span.doc, span.end
        if (
            span.label_ not in ("ORG", "PERSON", "ORDINAL")
            or of + 1 >= len(doc)
            or doc[of].lower_ != "of"
            or not span[0].text[:1].isupper()
            or (span.label_ == "PERSON" and not _common_words(span))
        ):
            out.append(span)
            continue
        end = _form_end(doc, of)
        later = spans[index + 1 :]
        if end is None or any(s.start < end and s.end > end for s in later):
            out.append(span)
            continue
        out.append(Span(doc, span.start, end, label="ORG"))
        skip_to = end
    return out
