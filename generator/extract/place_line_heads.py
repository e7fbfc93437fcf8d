"""Places that head the lines of a list: "Kelby: 412 homes, crews on site." or "Tarnford,
Kelshire: High street closed to cars."

A story that goes through towns one a line sets each town's name before a colon at the
line's start, and the model, which reads such a line without a sentence around the name,
tags many of them as people or as nothing. A line's opening name before a colon that the
tables know as a place (`place_named`), in a text with `MIN_HEADS` such lines at least, is
a place: one such line may be a speaker's ("Tarnby: I never said that") or a heading, but a
run of lines headed by places is a list of places. A name the text also gives a person
(the model's PERSON elsewhere, "Jo Tarnby") or sets before a person's name after the colon
("Kelby: Jo Ames, Ana Ruiz", a side's line-up) is left alone. What the lines head is read
once per document.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import kept_per_doc, tokens_of
from generator.extract.lexicon import lexicon
from generator.extract.mentions import place_named

#: How many lines of a text at least must open with a place's name before a colon.
MIN_HEADS = 2
#: The most words of a line's opening name: "Newcastle-upon-Tyne" is five to the tokenizer.
_MOST_WORDS = 6
#: Small words inside a place's name: "Stoke-on-Trent", "King's Lynn and West Norfolk".
_JOINERS = frozenset({"-", "on", "upon", "and", "of", "the", "'s", "&", "."})


def line_head_places(doc: Doc) -> dict[int, int]:
    """The (start, end) of each place's name that heads a line of a list of places (see the
    module), by start."""
    return kept_per_doc(doc, _KEY, _read_heads)


def line_head_spans(doc: Doc) -> list[Span]:
    """The line heads of `line_head_places` that no entity of the model holds, as GPE spans."""
    tokens = tokens_of(doc)
    return [
        Span(doc, start, end, label="GPE")
        for start, end in line_head_places(doc).items()
        if not any(t.ent_type_ for t in tokens[start:end])
    ]


_KEY = "place_line_heads"


def _read_heads(doc: Doc) -> dict[int, int]:
    tokens = tokens_of(doc)
    heads: dict[int, int] = {}
    for i, token in enumerate(tokens):
        if not token.is_title or not (i == 0 or _ends_a_line(tokens[i - 1])):
            continue
        end = _name_end(tokens, i)
        if end is None:
            continue
        name = doc[i:end].text
        if place_named(name, lexicon()) is not None and not _person_after(tokens, end + 1):
            heads[i] = end
    if len(heads) < MIN_HEADS:
        return {}
    people = _person_words(doc)
    return {
        start: end
        for start, end in heads.items()
        if not any(t.lower_ in people for t in tokens[start:end])
    }


def _ends_a_line(token: Token) -> bool:
    """Whether a token is the break of a line (spaCy keeps a line's break as a space token)."""
    return token.is_space and "\n" in token.text


def _name_end(tokens: Sequence[Token], start: int) -> int | None:
    """The end of a name of title-case words and small joining words from ``start`` that a
    colon follows, if any: "Kelby:" ends at "Kelby"; "Kelby, Kelshire:" at "Kelby", the
    county after the comma being the town's (`place_votes` reads it so)."""
    for end in range(start + 1, min(len(tokens), start + _MOST_WORDS + 1)):
        word = tokens[end]
        if word.text == ":" or (word.text == "," and _colon_after_county(tokens, end + 1)):
            return end if tokens[end - 1].text not in _JOINERS else None
        if not (word.is_title or word.lower_ in _JOINERS):
            return None
    return None


def _colon_after_county(tokens: Sequence[Token], start: int) -> bool:
    """Whether one or two title-case words and a colon follow a comma: "Kelby, Kelshire:"."""
    for end in range(start + 1, min(len(tokens), start + 3)):
        if tokens[end].text == ":":
            return all(t.is_title for t in tokens[start:end])
    return False


def _person_after(tokens: Sequence[Token], start: int) -> bool:
    """Whether the words after the colon open with a person's name the model found: a side's
    line-up ("Kelby: Jo Ames, Ana Ruiz"), not a list of places."""
    return start < len(tokens) and tokens[start].ent_type_ == "PERSON"


def _person_words(doc: Doc) -> frozenset[str]:
    """The words, in lower case, of the people the model found past the line heads: a name
    the text gives a person ("Jo Tarnby") heads a speaker's lines, not a place's."""
    return frozenset(
        t.lower_
        for ent in doc.ents
        if ent.label_ == "PERSON" and not _heads_a_line(ent)
        for t in ent
    )


def _heads_a_line(ent: Span) -> bool:
    """Whether an entity opens a line and a colon follows it: the model's reading of a
    line's head, which is no evidence of a person there."""
    doc = ent.doc
    opens = ent.start == 0 or _ends_a_line(doc[ent.start - 1])
    return opens and ent.end < len(doc) and doc[ent.end].text in (":", ",")
