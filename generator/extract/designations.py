"""People named by a title of a place: "the Duke of Sussex", "the Archbishop of Canterbury".

A peer's, a royal's or a prelate's title names one person. The model reads it as an
organization ("Duchess of Sussex") or reads nothing, so such a person spoke no quote and
had no hub; the place alone ("Sussex") stays a place the text names. Found by its words
alone: a title of rank, "of", then one capitalised word or a place the gazetteer knows
("the King of Saudi Arabia"). A longer capitalised run names a thing called after the
person ("the Prince of Wales Hospital", "the Duke of York's Theatre"): other steps read it.
A capitalised "The" inside a sentence opens a work's title, not a person's ("films such as
The Prince of Arden"): news writes a person's "the" in lower case there.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of, words_of
from generator.extract.lexicon import lexicon
from generator.extract.mentions import place_named

__all__ = [
    "DESIGNATION_TITLES",
    "designation_spans",
    "title_end",
    "title_word",
    "without_designations",
    "written_titles",
]

#: Titles of rank that, before "of" and a place, name one person.
DESIGNATION_TITLES = frozenset(
    {
        "archbishop",
        "baron",
        "baroness",
        "bishop",
        "countess",
        "duchess",
        "duke",
        "earl",
        "emir",
        "emperor",
        "empress",
        "king",
        "marchioness",
        "marquess",
        "marquis",
        "patriarch",
        "prince",
        "princess",
        "queen",
        "sultan",
        "viscount",
        "viscountess",
    }
)
#: Words that open a title of rank before its head ("the Crown Prince of ...").
_TITLE_OPENERS = frozenset({"crown", "grand", "dowager"})


def title_word(token: Token) -> bool:
    """Whether ``token`` is a title of rank written as one ("Duke", not "duke")."""
    return token.is_title and token.lower_ in DESIGNATION_TITLES


def designation_spans(doc: Doc) -> list[Span]:
    """Every title of a place in the text, in order, without its "the"."""
    return list(_spans(doc))


#: Each title of rank as a `title_word` writes it: a word in title case of these letters alone.
_WRITTEN_TITLES = tuple(sorted(title.capitalize() for title in DESIGNATION_TITLES))


def written_titles(doc: Doc) -> list[Token]:
    """The words `title_word` passes, in text order, found by their writings in ``doc``'s
    words rather than by a walk over every word."""
    positions = words_of(doc).positions
    tokens = tokens_of(doc)
    return [tokens[i] for i in sorted(i for t in _WRITTEN_TITLES for i in positions.get(t, ()))]


def _spans(doc: Doc) -> Iterator[Span]:
    for token in written_titles(doc):
        if not title_word(token) or token.i + 2 >= len(doc) or _in_a_name(token):
            continue
        of = doc[token.i + 1]
        if of.text != "of":
            continue
        end = _place_end(doc, of.i + 1)
        if end is None:
            continue
        start = token.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in _TITLE_OPENERS:
            start -= 1
        if not _opens_a_work_title(doc, start):
            yield doc[start:end]


def _opens_a_work_title(doc: Doc, start: int) -> bool:
    """Whether a capitalised "The" after a lower-case word stands before the title: "hits
    like The Prince of Arden", "the rights to The Duchess of Kell"; not "The Duke of Arden
    said", which opens its sentence, nor "Pictured: The Duke", after a colon."""
    if start < 2:
        return False
    the, before = doc[start - 1], doc[start - 2]
    return the.text == "The" and not the.is_sent_start and before.is_alpha and before.is_lower


def _in_a_name(token: Token) -> bool:
    """Whether a title word ends a capitalised name ("Stephen King of Maine") or a couple's
    titles ("the Duke and Duchess of Arden" names two people)."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.lower_ == "and" and token.i > 1 and title_word(token.doc[token.i - 2]):
        return True
    return before.is_title and before.is_alpha and before.lower_ not in _TITLE_OPENERS | {"the"}


def _place_end(doc: Doc, start: int) -> int | None:
    """Where the place after "of" ends, or None when the words there are no place alone."""
    end = start
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == start or doc[start].lower_ == "the":
        return None  # "the Lord of the Rings"
    if end < len(doc) and doc[end].lower_ in ("'s", "’s") and _capitalised_after(doc, end + 1):
        return None  # "the Duke of York's Theatre"
    if end - start > 1 and place_named(doc[start:end].text, lexicon()) is None:
        return None  # "the Prince of Wales Hospital"
    return end


def _capitalised_after(doc: Doc, index: int) -> bool:
    return index < len(doc) and doc[index].is_title and doc[index].is_alpha


def without_designations(doc: Doc) -> None:
    """The model's entities over the title words of a title of a place, or over the bare
    title of one ("the Duchess" after "the Duchess of Sussex"), dropped from ``doc.ents``:
    a person's title is not a body. The place alone ("Sussex") stays a place."""
    spans = designation_spans(doc)
    titles = {i for span in spans for i in range(span.start, title_end(span))}
    heads = {t.lower_ for span in spans for t in span if title_word(t)}
    if titles:
        doc.ents = [
            e
            for e in doc.ents
            if titles.isdisjoint(range(e.start, e.end))
            and not (len(e) == 1 and title_word(e[0]) and e[0].lower_ in heads)
        ]


def title_end(span: Span) -> int:
    """Where the title words of a title of a place end: at its "of"."""
    return next(t.i for t in span if t.text == "of")
