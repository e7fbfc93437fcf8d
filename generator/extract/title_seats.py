"""The second place of a title of rank's seat: "Tessford" of "the Bishop of Marlow and Tessford".

A bishop's see, or a peer's seat, is often named after two places joined by "and" ("the
Bishop of Marlow and Tessford", "the Earl of Kelby and Arden"); the model reads the second
as a body's or a person's name. It is a part of the title, as the first place is. Only a
title of rank (`designations.title_word`) has a seat: "the chairman of Dornwick and Pellow"
lists two firms.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import tokens_of

#: Most words of the first place of a seat: "the Bishop of Port Tarnby and Kelby".
_FIRST_WORDS = 3


def second_place_of_seat(span: Span) -> bool:
    """Whether a one-word name follows "and" after a title of rank, "of" and the first
    place of its seat, and no capitalised word follows it ("Tessford" of "the Bishop of
    Marlow and Tessford said"; not "Tessford" of "... and Tessford Council")."""
    # Imported here: `designations` reads places through `mentions`, which asks this module.
    from generator.extract.designations import title_word

    doc = span.doc
    tokens = tokens_of(doc)
    if len(span) != 1 or span.start < 4 or tokens[span.start - 1].lower_ != "and":
        return False
    if span.end < len(doc) and tokens[span.end].is_title:
        return False
    at = span.start - 2
    while (
        at > span.start - 2 - _FIRST_WORDS
        and at > 1
        and tokens[at].is_title
        and tokens[at].is_alpha
    ):
        at -= 1
    first_place = at < span.start - 2
    return first_place and tokens[at].lower_ == "of" and title_word(tokens[at - 1])
