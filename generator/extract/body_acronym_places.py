"""A body's name that ends in "in" and a place, as the acronym after it spells it.

"the Kelby Relief Force in Tarland (KRFT)": the model reads the body up to "in" and the
place apart, so the body lost the end of its name and the place seemed a place of the
story in its own right. A capitalised run after a body's "in", "of" or "for" belongs to
its name when the acronym in brackets right after the run spells the whole: its letters
stand in order in the name's words, the first opens the name and the last opens the
run's last word, which the body's words alone could not give.
"""

from __future__ import annotations

from spacy.tokens import Span

#: Words that join a body's name to the place it works in: "Force in Tarland".
_LINKS = frozenset({"in", "of", "for"})
#: Most capitalised words after the link: "in Western Tarland".
_MAX_RUN = 3
#: Fewest letters of an acronym that says so much.
_MIN_LETTERS = 3
#: Labels a run after the link may bear: a place's, a body's, or none.
_RUN_LABELS = frozenset({"", "GPE", "LOC", "ORG", "NORP"})


def acronym_complements(spans: list[Span]) -> list[Span]:
    """The spans, each body's name extended over "in" and a capitalised run when the acronym
    after it spells the whole (`_spelt`); spans inside the extension dropped."""
    out: list[Span] = []
    skip_to = -1
    for span in spans:
        if span.start < skip_to:
            continue
        end = _complement_end(span) if span.label_ == "ORG" else None
        if end is None:
            out.append(span)
            continue
        out.append(Span(span.doc, span.start, end, label="ORG"))
        skip_to = end
    return out


def _complement_end(span: Span) -> int | None:
    """The end of the run after the body's link, when its acronym follows; else None."""
    doc = span.doc
    link = span.end
    if link + 1 >= len(doc) or doc[link].lower_ not in _LINKS or not span[-1].whitespace_:
        return None
    end = link + 1
    while end < len(doc) and end - link <= _MAX_RUN and doc[end].is_title and doc[end].is_alpha:
        if doc[end].ent_type_ not in _RUN_LABELS:
            return None
        end += 1
    if end == link + 1 or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    acronym = doc[end + 1].text
    if not (acronym.isupper() and acronym.isalpha() and len(acronym) >= _MIN_LETTERS):
        return None
    return end if _spelt(acronym, span, doc[link:end]) else None


def _spelt(acronym: str, body: Span, run: Span) -> bool:
    """Whether the acronym's letters stand in order in the words of body and run, the first
    opening the body's first word (after "the") and the last the run's last word."""
    words = [t.text for t in body if t.lower_ not in ("the", "a", "an")]
    if not words or acronym[0] != words[0][0].upper() or acronym[-1] != run[-1].text[0]:
        return False
    letters = iter("".join([*words, *(t.text for t in run[:-1])]).upper())
    return all(letter in letters for letter in acronym[:-1])
